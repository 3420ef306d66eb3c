package vn.binhxet.ui.documents;

/** The documents the secretary prints from the window. */
public enum DocumentKind {
  MINUTES,
  COUNTING_RECORDS,
  BALLOT_PAPERS,
  ATTENDANCE_SHEET;

  /** Ballot papers carry no header, so no style applies to them. */
  public boolean hasStyle() {
    return this != BALLOT_PAPERS;
  }
}
