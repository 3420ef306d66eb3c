package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.cli.PasswordCommand;
import vn.binhxet.persistence.Database;

/** {@code password}, and the headless commands on encrypted data, with passwords typed in. */
class PasswordCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  /** Runs a command with {@code typed} as what the person types, one line per question. */
  private Run run(String typed, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Launcher.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            TerminalPassword.lines(
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    return new Run(code, out.toString(), err.toString());
  }

  private String data() {
    return dir.toString();
  }

  @BeforeEach
  void inEnglish() {
    new SettingsFile(dir).saveLanguage(Locale.ENGLISH);
  }

  @Test
  void theDemoIsEncryptedThenReadWithItsPasswordOnly() {
    String id = run("", "demo", "--data-dir", data()).out().strip();
    Run set = run("Hội nghị 2026\nHội nghị 2026\n", "password", "--data-dir", data());
    assertThat(set.code()).as(set.err()).isZero();
    assertThat(set.out()).contains("encrypted with the new password");
    assertThat(Database.isEncrypted(dir)).isTrue();

    Run results = run("Hội nghị 2026\n", "results", "--data-dir", data(), "--conference", id);
    assertThat(results.code()).as(results.err()).isZero();
    assertThat(results.out()).contains("Ban Nội chính Tỉnh uỷ");

    Run wrong = run("hội nghị 2026\n", "results", "--data-dir", data(), "--conference", id);
    assertThat(wrong.code()).isEqualTo(Launcher.STORAGE_ERROR);
    assertThat(wrong.err()).contains("The password is wrong").doesNotContain("Exception");

    Run none = run("", "results", "--data-dir", data(), "--conference", id);
    assertThat(none.code()).isEqualTo(Launcher.STORAGE_ERROR);
    assertThat(none.err()).contains("encrypted with a password");

    Run removed = run("Hội nghị 2026\n", "password", "--remove", "--data-dir", data());
    assertThat(removed.code()).as(removed.err()).isZero();
    assertThat(Database.isEncrypted(dir)).isFalse();
    assertThat(run("", "verify", "--data-dir", data()).code()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "too short | ngắn\\nngắn\\n | at least 8 characters",
        "typed differently | mật khẩu dài\\nmật khẩu dai\\n | typed differently the second time",
        "nothing typed | '' | at least 8 characters"
      })
  void aNewPasswordThatWillNotDoChangesNothing(String why, String typed, String message) {
    run("", "demo", "--data-dir", data());
    Run refused = run(typed.replace("\\n", "\n"), "password", "--data-dir", data());
    assertThat(refused.code()).isEqualTo(PasswordCommand.REFUSED);
    assertThat(refused.err()).contains(message);
    assertThat(Database.isEncrypted(dir)).isFalse();
  }

  @Test
  void removingAPasswordThatIsNotThereIsRefused() {
    run("", "demo", "--data-dir", data());
    Run refused = run("", "password", "--remove", "--data-dir", data());
    assertThat(refused.code()).isEqualTo(PasswordCommand.REFUSED);
    assertThat(refused.err()).contains("no password");
  }
}
