package vn.binhxet.bench;

/**
 * A limit the issue sets on a measure: at most a multiple of its baseline ({@code num/den} times),
 * or under a fixed amount. Compared in integers: 1.2 × is 6/5, not a binary fraction.
 */
record Budget(Kind kind, long num, long den, long limit) {
  enum Kind {
    /** At most {@code num/den} times the baseline. */
    TIMES_BASELINE,
    /** Strictly under {@code limit}, in the measure's own unit. */
    UNDER
  }

  /** What a check of a budget says. */
  enum Verdict {
    HOLDS,
    FAILS,
    /** The line has no budget. */
    NONE,
    /** The line could not be measured here; it counts as neither. */
    SKIPPED
  }

  static Budget timesBaseline(long num, long den) {
    if (num < 1 || den < 1) {
      throw new IllegalArgumentException("a ratio of positive numbers: " + num + "/" + den);
    }
    return new Budget(Kind.TIMES_BASELINE, num, den, 0);
  }

  static Budget under(long limit) {
    return new Budget(Kind.UNDER, 0, 1, limit);
  }

  /** Whether {@code value} keeps the budget against {@code baseline} (ignored for UNDER). */
  Verdict check(long value, long baseline) {
    boolean holds =
        switch (kind) {
          case TIMES_BASELINE -> value * den <= num * baseline;
          case UNDER -> value < limit;
        };
    return holds ? Verdict.HOLDS : Verdict.FAILS;
  }
}
