package vn.binhxet.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import vn.binhxet.service.BackupPolicy;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.common.LanguageSettings;

/**
 * The user's settings, in {@code settings.properties} beside the database. Kept out of the database
 * so that the window can speak the user's language even when the database cannot be opened.
 */
public final class SettingsFile implements LanguageSettings {
  static final String NAME = "settings.properties";
  private static final String LANGUAGE = "language";
  private static final String BACKUPS_KEEP = "backups.keep";
  private static final String BACKUPS_INTERVAL = "backups.intervalMinutes";

  private final Path file;

  public SettingsFile(Path dataDir) {
    this.file = dataDir.resolve(NAME);
  }

  @Override
  public Locale language() {
    Properties p = read();
    String tag = p.getProperty(LANGUAGE);
    return tag == null ? Messages.VIETNAMESE : Messages.supported(Locale.forLanguageTag(tag));
  }

  /**
   * How many backups to keep ({@code backups.keep}) and how many minutes of activity between two
   * automatic ones ({@code backups.intervalMinutes}); a missing or unusable value takes the
   * default.
   */
  public BackupPolicy backupPolicy() {
    Properties p = read();
    int keep = positive(p.getProperty(BACKUPS_KEEP), BackupPolicy.DEFAULT_KEEP);
    int minutes =
        positive(p.getProperty(BACKUPS_INTERVAL), (int) BackupPolicy.DEFAULT_INTERVAL.toMinutes());
    return new BackupPolicy(keep, Duration.ofMinutes(minutes));
  }

  private static int positive(String value, int fallback) {
    try {
      int n = value == null ? fallback : Integer.parseInt(value.strip());
      return n >= 1 ? n : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** An unreadable settings file costs the user only the choices in it: the defaults apply. */
  private Properties read() {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException | IllegalArgumentException e) {
        return new Properties();
      }
    }
    return p;
  }

  @Override
  public void saveLanguage(Locale locale) {
    // The other settings are kept as the user wrote them.
    Properties p = read();
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
