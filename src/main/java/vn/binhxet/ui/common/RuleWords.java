package vn.binhxet.ui.common;

import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.VoteRule;

/** A rule in words, as the hall reads it: "cần đạt ≥ 70% số đơn vị có mặt". */
public final class RuleWords {
  private RuleWords() {}

  public static String threshold(VoteRule rule, I18n i18n) {
    return i18n.tr(
        "rule.summary",
        i18n.tr("rule.op." + rule.thresholdOp().name()),
        fraction(rule.threshold()),
        i18n.tr("rule.base." + rule.voterBasis().name() + "." + rule.base().name()));
  }

  /** "70%" for hundredths, "2/3" otherwise: as the regulations write them. */
  public static String fraction(Fraction f) {
    if (f.denominator() == 100) {
      return f.numerator() + "%";
    }
    return f.numerator() + "/" + f.denominator();
  }
}
