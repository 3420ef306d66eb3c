package vn.binhxet.domain.vote;

/** What was recorded in a round: a show of hands, or the count of a secret ballot. */
public sealed interface Tally permits HandsTally, BallotTally {}
