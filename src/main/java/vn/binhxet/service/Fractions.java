package vn.binhxet.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.binhxet.domain.Fraction;

/** A share as the secretary types it: "2/3", "70%", "70" (a percentage). */
public final class Fractions {
  private static final Pattern RATIO = Pattern.compile("(\\d{1,4})\\s*/\\s*(\\d{1,4})");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");

  private Fractions() {}

  /** The fraction typed, or null when it is not one between 0 and 1. */
  public static Fraction parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    Matcher ratio = RATIO.matcher(t);
    if (ratio.matches()) {
      int n = Integer.parseInt(ratio.group(1));
      int d = Integer.parseInt(ratio.group(2));
      return d > 0 && n <= d ? Fraction.of(n, d) : null;
    }
    Matcher percent = PERCENT.matcher(t);
    if (percent.matches()) {
      int p = Integer.parseInt(percent.group(1));
      return p <= 100 ? Fraction.percent(p) : null;
    }
    return null;
  }

  /** How a fraction is typed back into its field: a percentage when over 100, else n/d. */
  public static String format(Fraction f) {
    return f.denominator() == 100 ? f.numerator() + "%" : f.toString();
  }
}
