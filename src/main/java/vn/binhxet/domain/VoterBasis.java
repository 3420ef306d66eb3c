package vn.binhxet.domain;

/** Who votes: one vote per member unit present, or one per entitled delegate present. */
public enum VoterBasis {
  UNIT,
  DELEGATE
}
