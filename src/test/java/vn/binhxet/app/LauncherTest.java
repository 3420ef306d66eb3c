package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The headless commands of the jar, run in this JVM. */
class LauncherTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void demoPrintsTheIdOfANewConferenceEachTime() {
    String data = dir.resolve("data").toString();
    Run first = run("demo", "--data-dir", data);
    Run second = run("demo", "--data-dir", data);
    assertThat(first.code()).isZero();
    assertThat(second.code()).isZero();
    assertThat(first.out().strip()).matches("\\d+");
    assertThat(Long.parseLong(second.out().strip()))
        .isGreaterThan(Long.parseLong(first.out().strip()));
    assertThat(dir.resolve("data").resolve("binhxet.mv.db")).exists();
  }

  @ParameterizedTest
  @CsvSource({"vi, Tạo hội nghị mẫu", "en, Creates the demo conference"})
  void helpIsInTheRememberedLanguage(String language, String expected) {
    new SettingsFile(dir).saveLanguage(Locale.forLanguageTag(language));
    Run help = run("--data-dir", dir.toString(), "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("demo", expected, "--data-dir", "--startup-probe");
  }

  @Test
  void versionNamesTheApp() {
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("Bình Xét ");
  }

  @Test
  void aDataFolderThatCannotBeWrittenIsReportedWithoutAStackTrace() throws Exception {
    Path file = Files.writeString(dir.resolve("a file"), "x");
    Run demo = run("demo", "--data-dir", file.resolve("data").toString());
    assertThat(demo.code()).isEqualTo(Launcher.STORAGE_ERROR);
    assertThat(demo.out()).isEmpty();
    assertThat(demo.err()).contains("Không ghi được vào thư mục dữ liệu").doesNotContain("\tat ");
  }

  @Test
  void anUnknownCommandIsRefused() {
    assertThat(run("nonsense", "--data-dir", dir.toString()).code()).isNotZero();
  }
}
