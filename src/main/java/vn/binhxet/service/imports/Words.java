package vn.binhxet.service.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How text from a list file is tidied and compared. */
final class Words {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Spaces of every kind, line breaks inside a cell included: a name is one line. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");

  /** The tone marks; the other marks (circumflex, breve, horn) belong to the vowel. */
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private Words() {}

  /** A value as the app keeps it: NFC, spaces tidied, never null. */
  static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String s = INVISIBLE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Null when blank. */
  static String optional(String raw) {
    String s = clean(raw);
    return s.isEmpty() ? null : s;
  }

  /**
   * A header or a role word as a key: without diacritics, capitals or punctuation, so that "Họ và
   * tên:", "HO VA TEN" and "ho va ten" are one word.
   */
  static String key(String raw) {
    String s = Normalizer.normalize(clean(raw), Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * A name as it is compared for duplicates: capitals and spacing ignored, and the tone mark taken
   * off its vowel to the end of the word, so that the old and new placements ("Uỷ ban"/"Ủy ban",
   * "hoà"/"hòa") are one name. Other diacritics count: "Bắc" and "Bạc" differ.
   */
  static String nameKey(String raw) {
    String s = Normalizer.normalize(clean(raw).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(s.length());
    StringBuilder tones = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        out.append(tones).append(c);
        tones.setLength(0);
      } else if (TONES.indexOf(c) >= 0) {
        tones.append(c);
      } else {
        out.append(c);
      }
    }
    return out.append(tones).toString();
  }
}
