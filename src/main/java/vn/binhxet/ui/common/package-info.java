/** What every screen shares: texts, the task runner, dialogs, styles. */
package vn.binhxet.ui.common;
