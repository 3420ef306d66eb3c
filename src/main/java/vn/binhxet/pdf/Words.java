package vn.binhxet.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.VoteRule;

/** Numbers, dates, times, lists and rules written as Vietnamese administrative texts write them. */
final class Words {
  private final DocText text;

  Words(DocText text) {
    this.text = text;
  }

  DocText text() {
    return text;
  }

  /**
   * Day and month as Decree 30 writes them: a day below 10 and the months 1 and 2 get a leading
   * zero ("ngày 03 tháng 02"), other months do not ("tháng 3").
   */
  String day(LocalDate d) {
    return d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : Integer.toString(d.getDayOfMonth());
  }

  String month(LocalDate d) {
    return d.getMonthValue() < 3 ? "0" + d.getMonthValue() : Integer.toString(d.getMonthValue());
  }

  String date(LocalDate d) {
    if (d == null) {
      return text.get("date.blank");
    }
    return text.get("date", day(d), month(d), Integer.toString(d.getYear()));
  }

  String time(LocalDateTime t) {
    if (t == null) {
      return text.get("time.blank");
    }
    return text.get("time", two(t.getHour()), two(t.getMinute()));
  }

  /** "02 đơn vị": counts of units are written with two digits below ten. */
  String count(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** "90,91%", "100%": a decimal comma, and no ",00". */
  static String percent(BigDecimal p) {
    BigDecimal stripped = p.stripTrailingZeros();
    String s = stripped.scale() <= 0 ? stripped.toBigInteger().toString() : p.toPlainString();
    return s.replace('.', ',') + "%";
  }

  /** "70%" for hundredths, "2/3" otherwise, as the regulations write them. */
  static String fraction(Fraction f) {
    return f.denominator() == 100 ? f.numerator() + "%" : f.numerator() + "/" + f.denominator();
  }

  /** "từ 70% số đơn vị có mặt trở lên". */
  String rule(VoteRule r) {
    return text.get("rule." + r.thresholdOp().name(), fraction(r.threshold()), base(r));
  }

  String base(VoteRule r) {
    return text.get("rule.base." + r.voterBasis().name() + "." + r.base().name());
  }

  /**
   * "A và B", "A; B; C và D": semicolons, because a unit's name may hold a comma ("Ban Bảo vệ, chăm
   * sóc sức khoẻ cán bộ tỉnh").
   */
  String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join("; ", items.subList(0, items.size() - 1))
        + " "
        + text.get("told.and")
        + " "
        + items.get(items.size() - 1);
  }
}
