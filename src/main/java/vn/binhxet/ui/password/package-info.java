/** The data's password, set, changed or removed from the File menu. */
package vn.binhxet.ui.password;
