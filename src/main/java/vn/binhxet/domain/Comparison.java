package vn.binhxet.domain;

/** How a share is compared with a fraction: "more than" or "at least". */
public enum Comparison {
  GT,
  GE
}
