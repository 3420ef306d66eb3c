package vn.binhxet.service;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one reader of the message bundles, for the screens and the headless commands alike.
 * Vietnamese is the default; the fallback to the JVM's locale is switched off, so that an English
 * system never shows a Vietnamese user English text, nor the reverse.
 */
public final class Messages {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);
  public static final String BUNDLE = "vn.binhxet.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  public Messages(Locale locale) {
    this.locale = supported(locale);
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            this.locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The supported locale with the same language, else Vietnamese. */
  public static Locale supported(Locale locale) {
    if (locale == null) {
      return VIETNAMESE;
    }
    return SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(locale.getLanguage()))
        .findFirst()
        .orElse(VIETNAMESE);
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The text of {@code key}, with {@code args} filled in by {@link MessageFormat}. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      // A missing key is a bug the bundle test catches; showing the key beats crashing a
      // conference.
      return "!" + key + "!";
    }
    if (args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(args);
  }
}
