package vn.binhxet.domain;

import java.text.Normalizer;

/** Text as it enters the app: NFC-normalised, trimmed, blank treated as absent. */
public final class Text {
  private Text() {}

  /**
   * NFC, because iText does no shaping and decomposed Vietnamese renders with misplaced accents,
   * and because two spellings of one name must compare equal.
   */
  public static String nfc(String s) {
    if (s == null) {
      return null;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** NFC and trimmed; null when blank. */
  public static String optional(String s) {
    if (s == null) {
      return null;
    }
    String t = nfc(s).strip();
    return t.isEmpty() ? null : t;
  }

  /** NFC and trimmed; throws when blank, naming the field. */
  public static String required(String s, String field) {
    String t = optional(s);
    if (t == null) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return t;
  }
}
