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
}
