package vn.binhxet.ui.conferencefile;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conference's title as a file name that every file system the app runs on accepts, keeping it as
 * the user wrote it: Vietnamese letters, spaces and punctuation stay; only what Windows, macOS or
 * Linux refuse goes.
 */
final class FileSafeName {
  /** Windows refuses these and control characters; macOS ':'; Linux '/' and NUL. */
  private static final Pattern REFUSED =
      Pattern.compile("(?:\\s*[<>:\"/\\\\|?*\\x00-\\x1F\\x7F])+\\s*");

  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  /**
   * Most file systems allow 255 bytes a name; Vietnamese letters take up to three in UTF-8, and the
   * extension and a copy's " (2)" need room.
   */
  static final int MAX_BYTES = 200;

  private FileSafeName() {}

  /**
   * {@code title} as a file name without its extension; {@code fallback} when nothing of it is
   * left.
   */
  static String of(String title, String fallback) {
    String name = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
    // "2018/2019" keeps its two years apart; "Tổng kết: năm 2018" needs no mark where the colon
    // was.
    Matcher m = REFUSED.matcher(name);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean spaced = m.group().chars().anyMatch(Character::isWhitespace);
      m.appendReplacement(out, spaced ? " " : "-");
    }
    m.appendTail(out);
    name = trim(out.toString().replaceAll("\\s+", " "));
    name = trim(shorten(name));
    if (name.isEmpty()) {
      return fallback;
    }
    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (RESERVED.contains(stem.strip().toUpperCase(Locale.ROOT))) {
      name = name + "_";
    }
    return name;
  }

  /** Windows drops dots and spaces at the end of a name; a dash or dot in front only hides it. */
  private static String trim(String name) {
    return name.replaceAll("^[\\s.\\-]+|[\\s.\\-]+$", "");
  }

  private static String shorten(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return name;
    }
    int end = name.length();
    while (name.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      end = name.offsetByCodePoints(end, -1);
    }
    int space = name.lastIndexOf(' ', end);
    // At a word's end when one is near: a title cut inside a word reads badly.
    return name.substring(0, space > end / 2 ? space : end);
  }
}
