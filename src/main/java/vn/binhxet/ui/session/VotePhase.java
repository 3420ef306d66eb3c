package vn.binhxet.ui.session;

/** Where the vote on the projector stands, as far as the hall may see it. */
public enum VotePhase {
  /** No round yet: the candidates, the award, its quota and rule. */
  ANNOUNCED,
  /** A show of hands under way whose counts are not shown (visibility hidden or final). */
  VOTING,
  /** A show of hands under way, its counts shown as they are typed (visibility live). */
  LIVE,
  /** A secret ballot being counted: only the ballots counted so far, never a partial result. */
  COUNTING,
  /** The round is closed: its confirmed result. */
  RESULT,
  /** The round is closed but its result is hidden from the hall. */
  WITHHELD,
  /** A head chosen by rotation or appointment: the unit, without a count. */
  DECIDED
}
