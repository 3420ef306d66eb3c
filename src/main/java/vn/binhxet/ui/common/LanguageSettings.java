package vn.binhxet.ui.common;

import java.util.Locale;

/** Remembers the language of the screens between runs. {@link #saveLanguage} writes a file. */
public interface LanguageSettings {
  Locale language();

  void saveLanguage(Locale locale);
}
