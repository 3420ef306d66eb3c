/**
 * A conference as one file (docs/conference-file.md), from the window: the File menu's import and
 * export, and the file the app was started with (the desktop's file association).
 */
package vn.binhxet.ui.conferencefile;
