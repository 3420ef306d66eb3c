package vn.binhxet.domain.vote;

import vn.binhxet.domain.VotingMethod;

/** How a round's votes are entered. */
public enum EntryMode {
  /** For, against and abstaining counts per option. */
  HANDS(VotingMethod.SHOW_OF_HANDS),
  /** Which unit raised its hand how, per option; the counts derive from the ticks. */
  HANDS_RAISED(VotingMethod.SHOW_OF_HANDS),
  /** The committee's accounting and its totals per option. */
  BALLOT_TOTALS(VotingMethod.SECRET_BALLOT),
  /** Every ballot, once. */
  BALLOTS(VotingMethod.SECRET_BALLOT),
  /**
   * Every ballot, twice and blind, by two people; the round closes only when both entries agree.
   */
  BALLOTS_TWICE(VotingMethod.SECRET_BALLOT);

  private final VotingMethod method;

  EntryMode(VotingMethod method) {
    this.method = method;
  }

  public VotingMethod method() {
    return method;
  }

  public boolean singleBallots() {
    return this == BALLOTS || this == BALLOTS_TWICE;
  }
}
