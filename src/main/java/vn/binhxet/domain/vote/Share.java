package vn.binhxet.domain.vote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Fraction;

/**
 * A count out of a base, kept as two integers. The decision compares it with a threshold exactly;
 * the percentage is for display only, rounded half-up to two decimals (22.566 % shows as 22.57 %).
 */
public record Share(long part, long whole) {
  public Share {
    if (part < 0 || whole < 0) {
      throw new IllegalArgumentException("a share is never negative: " + part + "/" + whole);
    }
  }

  public boolean meets(Comparison op, Fraction threshold) {
    return threshold.isMetBy(part, whole, op);
  }

  /** The percentage, half-up to two decimals; zero when the base is zero. */
  public BigDecimal percent() {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return part + "/" + whole;
  }
}
