package vn.binhxet.domain;

/**
 * A non-negative fraction kept as two integers, so that a threshold is compared exactly: never with
 * floating point, where 0.7 × 10 is 7.000000000000001.
 */
public record Fraction(int numerator, int denominator) {
  public Fraction {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive: " + denominator);
    }
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "fraction must lie between 0 and 1: " + numerator + "/" + denominator);
    }
  }

  public static Fraction of(int numerator, int denominator) {
    return new Fraction(numerator, denominator);
  }

  public static Fraction percent(int percent) {
    return new Fraction(percent, 100);
  }

  /** Whether {@code part / whole} stands in relation {@code op} to this fraction, exactly. */
  public boolean isMetBy(long part, long whole, Comparison op) {
    if (whole <= 0) {
      return false;
    }
    // part/whole ? n/d  <=>  part*d ? n*whole (both denominators positive); longs cannot overflow
    // for
    // counts below 2^31 times denominators below 2^31.
    long left = part * denominator;
    long right = (long) numerator * whole;
    return switch (op) {
      case GT -> left > right;
      case GE -> left >= right;
    };
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
