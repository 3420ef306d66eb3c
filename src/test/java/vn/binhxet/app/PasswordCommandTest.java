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
  void anEncryptedDataFoldersBackupsAreEncryptedAndRestoreWithTheirPassword() throws Exception {
    String id = run("", "demo", "--data-dir", data()).out().strip();
    run("mật khẩu cũ 1\nmật khẩu cũ 1\n", "password", "--data-dir", data());
    Path copy = dir.resolve("copy.zip");
    Run backup = run("mật khẩu cũ 1\n", "backup", "--data-dir", data(), "--out", copy.toString());
    assertThat(backup.code()).as(backup.err()).isZero();
    try (var zip = new java.util.zip.ZipFile(copy.toFile())) {
      byte[] db = zip.getInputStream(zip.getEntry("binhxet.mv.db")).readAllBytes();
      assertThat(new String(db, 0, 10, StandardCharsets.US_ASCII))
          .as("the backup holds the encrypted file")
          .isEqualTo("H2encrypt\n");
      // Seven letters a plain file of the demo holds (H2 keeps its ASCII runs as they are); three
      // letters turn up in random bytes by chance.
      assertThat(new String(db, StandardCharsets.ISO_8859_1)).doesNotContain("Ban Tuy");
    }
    run("mật khẩu cũ 1\nmật khẩu mới 2\nmật khẩu mới 2\n", "password", "--data-dir", data());

    Run wrong = run("mật khẩu mới 2\n", "restore", "--data-dir", data(), "--from", copy.toString());
    assertThat(wrong.code()).isEqualTo(vn.binhxet.cli.RestoreCommand.REFUSED);
    assertThat(wrong.err()).contains("try the old one");

    Run none = run("", "restore", "--data-dir", data(), "--from", copy.toString());
    assertThat(none.code()).isEqualTo(vn.binhxet.cli.RestoreCommand.REFUSED);
    assertThat(none.err()).contains("its password is needed");

    Run restored =
        run("mật khẩu cũ 1\n", "restore", "--data-dir", data(), "--from", copy.toString());
    assertThat(restored.code()).as(restored.err()).isZero();
    assertThat(restored.out())
        .doesNotContain("before the data had a password")
        .contains("opens with this backup's password");
    // The restored data has the password it had when backed up.
    Run results = run("mật khẩu cũ 1\n", "results", "--data-dir", data(), "--conference", id);
    assertThat(results.code()).as(results.err()).isZero();
    assertThat(run("mật khẩu cũ 1\n", "verify", "--data-dir", data()).code()).isZero();
  }

  @Test
  void aBackupFromBeforeThePasswordRestoresWithoutOneAndSaysSo() throws Exception {
    String id = run("", "demo", "--data-dir", data()).out().strip();
    Path plain = dir.resolve("plain.zip");
    assertThat(run("", "backup", "--data-dir", data(), "--out", plain.toString()).code()).isZero();
    run("mật khẩu 1234\nmật khẩu 1234\n", "password", "--data-dir", data());

    Run restored = run("", "restore", "--data-dir", data(), "--from", plain.toString());

    assertThat(restored.code()).as(restored.err()).isZero();
    assertThat(restored.out())
        .contains("made before the data had a password", "with the password command")
        .doesNotContain("this backup's password");
    assertThat(Database.isEncrypted(dir)).isFalse();
    assertThat(run("", "results", "--data-dir", data(), "--conference", id).code()).isZero();
  }

  @Test
  void removingAPasswordThatIsNotThereIsRefused() {
    run("", "demo", "--data-dir", data());
    Run refused = run("", "password", "--remove", "--data-dir", data());
    assertThat(refused.code()).isEqualTo(PasswordCommand.REFUSED);
    assertThat(refused.err()).contains("no password");
  }
}
