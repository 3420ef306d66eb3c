package vn.binhxet.domain;

/** How next year's cluster head is chosen: elected here, by yearly rotation, or appointed. */
public enum HeadChoice {
  ELECTION,
  ROTATION,
  APPOINTMENT
}
