package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.service.Messages;

class SettingsFileTest {
  @TempDir Path dir;

  @Test
  void vietnameseUntilTheUserChoosesOtherwise() {
    assertThat(new SettingsFile(dir).language()).isEqualTo(Messages.VIETNAMESE);
  }

  @ParameterizedTest
  @CsvSource({"en, en", "vi, vi", "en-GB, en", "fr, vi"})
  void theChosenLanguageIsRememberedBetweenRuns(String chosen, String remembered) {
    new SettingsFile(dir.resolve("not yet made")).saveLanguage(Locale.forLanguageTag(chosen));
    assertThat(new SettingsFile(dir.resolve("not yet made")).language())
        .isEqualTo(Locale.forLanguageTag(remembered));
  }

  @Test
  void aDamagedSettingsFileCostsOnlyTheLanguage() throws Exception {
    Files.write(dir.resolve("settings.properties"), new byte[] {'l', '=', '\\', 'u', 'z', 'z'});
    assertThat(new SettingsFile(dir).language()).isEqualTo(Messages.VIETNAMESE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                          | 20 | 5",
        "backups.keep=3                              | 3  | 5",
        "backups.keep=0                              | 20 | 5",
        "backups.keep=many                           | 20 | 5",
        "backups.intervalMinutes=15                  | 20 | 15",
        "backups.intervalMinutes=-1                  | 20 | 5",
        "backups.keep= 7 ;backups.intervalMinutes=2  | 7  | 2"
      })
  void theBackupPolicyIsReadFromTheSettingsWithDefaultsForWhatIsUnusable(
      String text, int keep, int minutes) throws Exception {
    Files.writeString(dir.resolve("settings.properties"), text.replace(";", "\n"));
    var policy = new SettingsFile(dir).backupPolicy();
    assertThat(policy.keep()).isEqualTo(keep);
    assertThat(policy.interval()).isEqualTo(java.time.Duration.ofMinutes(minutes));
  }

  @Test
  void choosingALanguageKeepsTheBackupSettings() throws Exception {
    Files.writeString(dir.resolve("settings.properties"), "backups.keep=4\n");
    new SettingsFile(dir).saveLanguage(Messages.ENGLISH);
    assertThat(new SettingsFile(dir).backupPolicy().keep()).isEqualTo(4);
    assertThat(new SettingsFile(dir).language()).isEqualTo(Messages.ENGLISH);
  }
}
