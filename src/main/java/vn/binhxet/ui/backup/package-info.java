/** Backing up the data on demand and restoring it from a backup: the File menu's items. */
package vn.binhxet.ui.backup;
