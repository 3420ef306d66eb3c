/**
 * The projector: a read-only view of the session model, on a second screen when there is one. It
 * has no buttons and no state of its own; the console's projector control opens, closes and blanks
 * it by writing the session model.
 */
package vn.binhxet.ui.projector;
