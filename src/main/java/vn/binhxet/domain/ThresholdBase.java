package vn.binhxet.domain;

/** What counts as 100 % when a threshold is applied. */
public enum ThresholdBase {
  ENTITLED,
  PRESENT,
  COLLECTED,
  VALID
}
