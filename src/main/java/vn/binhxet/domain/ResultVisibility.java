package vn.binhxet.domain;

/**
 * What the projector may show of a vote's result: nothing, the live count, or only the confirmed
 * one.
 */
public enum ResultVisibility {
  HIDDEN,
  LIVE,
  FINAL
}
