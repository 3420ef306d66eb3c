package vn.binhxet.service;

import java.util.regex.Pattern;

/**
 * A count or a quota as typed. Only the digits 0–9 are read: Java's own parser also takes
 * full-width and other scripts' digits ("１２"), which would record a number the secretary never saw
 * on the paper in those digits; and at most 9 of them, so that no typed number wraps around an
 * {@code int}.
 */
public final class WholeNumbers {
  private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,9}");

  private WholeNumbers() {}

  /** The number typed (a minus sign is read, for the checks to name it), or null when blank. */
  public static Integer parse(String text) {
    String t = text == null ? "" : text.strip();
    return WHOLE.matcher(t).matches() ? Integer.valueOf(t) : null;
  }
}
