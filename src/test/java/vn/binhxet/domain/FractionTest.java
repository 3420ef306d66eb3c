package vn.binhxet.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {
  @ParameterizedTest(name = "{0}/{1} {2} {3}/{4} is {5}")
  @CsvSource({
    // 7 of 10 is exactly 70%: in binary floating point 0.7 * 10 is 7.000000000000001, and 7 would
    // fail.
    "7, 10, GE, 70, 100, true",
    "7, 10, GT, 70, 100, false",
    "6, 10, GE, 70, 100, false",
    "8, 11, GE, 70, 100, true",
    "7, 11, GE, 70, 100, false",
    "8, 12, GE, 2, 3, true",
    "7, 11, GE, 2, 3, false",
    "6, 11, GT, 1, 2, true",
    "5, 10, GT, 1, 2, false",
    "5, 10, GE, 1, 2, true",
    "0, 0, GE, 0, 1, false",
    "2147483647, 2147483647, GE, 99, 100, true"
  })
  void comparesSharesExactly(
      long part, long whole, Comparison op, int num, int den, boolean expected) {
    assertThat(Fraction.of(num, den).isMetBy(part, whole, op)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "-1, 2", "3, 2", "1, -3"})
  void refusesFractionsOutsideZeroToOne(int num, int den) {
    assertThatThrownBy(() -> Fraction.of(num, den)).isInstanceOf(IllegalArgumentException.class);
  }
}
