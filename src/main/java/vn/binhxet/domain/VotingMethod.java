package vn.binhxet.domain;

public enum VotingMethod {
  SHOW_OF_HANDS,
  SECRET_BALLOT
}
