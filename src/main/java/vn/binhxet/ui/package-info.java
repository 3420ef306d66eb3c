/** The JavaFX screens, one package per feature, each a Model, a Controller and a View. */
package vn.binhxet.ui;
