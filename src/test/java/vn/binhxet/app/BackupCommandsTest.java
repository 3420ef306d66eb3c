package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.cli.RestoreCommand;

/** {@code backup} and {@code restore}, run as the jar runs them. */
class BackupCommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aBackupTakenOnDemandIsRestoredWithTheSameResults() throws Exception {
    Path data = dir.resolve("data");
    new SettingsFile(data).saveLanguage(Locale.forLanguageTag("en"));
    String d = data.toString();
    String id = run("demo", "--data-dir", d).out().strip();
    String results = run("results", "--data-dir", d, "--conference", id, "--json").out();
    Path copy = dir.resolve("copy.zip");

    Run backup = run("backup", "--data-dir", d, "--out", copy.toString());
    assertThat(backup.code()).isZero();
    assertThat(backup.out()).contains(copy.toString());
    assertThat(copy).isRegularFile();

    run("demo", "--data-dir", d);
    Run restore = run("restore", "--data-dir", d, "--from", copy.toString());

    assertThat(restore.code()).as(restore.err()).isZero();
    assertThat(restore.out())
        .contains("Restored from " + copy)
        .contains("1 conference(s)")
        .contains("kept at");
    assertThat(run("results", "--data-dir", d, "--conference", id, "--json").out())
        .isEqualTo(results);
    assertThat(run("verify", "--data-dir", d).code()).isZero();
    Run list = run("restore", "--data-dir", d, "--list");
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("the data before a restore").contains("when the app closed");
  }

  @Test
  void aCommandThatWroteLeavesABackupInTheDataFolderAndOneThatOnlyReadDoesNot() {
    String d = dir.resolve("data").toString();
    String id = run("demo", "--rehearse", "--data-dir", d).out().strip();
    int after = Files.exists(dir.resolve("data/backups")) ? count() : 0;
    assertThat(after).isPositive();

    run("results", "--data-dir", d, "--conference", id);

    assertThat(count()).isEqualTo(after);
  }

  private int count() {
    try (var files = Files.list(dir.resolve("data").resolve("backups"))) {
      return (int) files.filter(p -> p.toString().endsWith(".zip")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aFileThatIsNotABackupIsRefusedWithExitFiveAndTheDataUnchanged() throws Exception {
    String d = dir.resolve("data").toString();
    run("demo", "--rehearse", "--data-dir", d);
    Path notes = dir.resolve("notes.zip");
    Files.writeString(notes, "meeting notes");
    byte[] before = Files.readAllBytes(dir.resolve("data/binhxet.mv.db"));

    Run restore = run("restore", "--data-dir", d, "--from", notes.toString());

    assertThat(restore.code()).isEqualTo(RestoreCommand.REFUSED);
    assertThat(restore.err())
        .contains("không phải là bản sao lưu")
        .contains(notes.toString())
        .contains("dữ liệu đang dùng được giữ nguyên");
    assertThat(Files.readAllBytes(dir.resolve("data/binhxet.mv.db"))).isEqualTo(before);
  }

  @Test
  void listingAnEmptyDataFolderSaysThereIsNoBackup() {
    Run list = run("restore", "--data-dir", dir.toString(), "--list");
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("Chưa có bản sao lưu nào");
  }
}
