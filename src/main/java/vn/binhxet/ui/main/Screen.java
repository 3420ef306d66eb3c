package vn.binhxet.ui.main;

/** What the main window's centre shows. */
public enum Screen {
  WELCOME,
  CONFERENCE,
  NEW_CONFERENCE
}
