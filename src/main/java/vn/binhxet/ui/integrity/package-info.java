/**
 * The integrity check: walks the audit chain and every round's fingerprint, on demand from the menu
 * and once when the data is opened, and says in words what no longer fits.
 */
package vn.binhxet.ui.integrity;
