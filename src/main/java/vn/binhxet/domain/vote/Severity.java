package vn.binhxet.domain.vote;

/** An error blocks the entry; a warning asks the secretary to confirm it. */
public enum Severity {
  ERROR,
  WARNING
}
