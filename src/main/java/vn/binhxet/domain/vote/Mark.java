package vn.binhxet.domain.vote;

/**
 * A mark on a ballot next to a candidate: chosen ("for"), or crossed in an agree/disagree column.
 */
public enum Mark {
  FOR,
  AGAINST
}
