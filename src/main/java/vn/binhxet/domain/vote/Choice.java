package vn.binhxet.domain.vote;

/** What a raised hand says. */
public enum Choice {
  FOR,
  AGAINST,
  ABSTAIN
}
