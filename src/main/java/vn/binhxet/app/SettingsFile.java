package vn.binhxet.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.common.LanguageSettings;

/**
 * The user's settings, in {@code settings.properties} beside the database. Kept out of the database
 * so that the window can speak the user's language even when the database cannot be opened.
 */
public final class SettingsFile implements LanguageSettings {
  static final String NAME = "settings.properties";
  private static final String LANGUAGE = "language";

  private final Path file;

  public SettingsFile(Path dataDir) {
    this.file = dataDir.resolve(NAME);
  }

  @Override
  public Locale language() {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException | IllegalArgumentException e) {
        // An unreadable settings file costs the user only the language choice.
        return Messages.VIETNAMESE;
      }
    }
    String tag = p.getProperty(LANGUAGE);
    return tag == null ? Messages.VIETNAMESE : Messages.supported(Locale.forLanguageTag(tag));
  }

  @Override
  public void saveLanguage(Locale locale) {
    Properties p = new Properties();
    p.setProperty(LANGUAGE, Messages.supported(locale).toLanguageTag());
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), NAME, ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "Bình Xét");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
