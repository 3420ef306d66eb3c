package vn.binhxet.ui.session;

/** What the projector shows, following the agenda step and the vote being taken. */
public enum ProjectorScene {
  /** The conference, cluster, date and place: before the first step. */
  TITLE,
  /** The agenda with the current step marked. */
  AGENDA,
  /** Units present and the quorum. */
  ATTENDANCE,
  /** A vote: its candidates, then its count or result as its visibility allows. */
  VOTE,
  /** Next year's cluster head, once chosen. */
  HEAD,
  /** The closing of the conference. */
  CLOSING
}
