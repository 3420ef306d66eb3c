package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void theDemoToRehearseOnHasNoResultYet() {
    String data = dir.resolve("data").toString();
    Run demo = run("demo", "--rehearse", "--data-dir", data);
    assertThat(demo.code()).isZero();
    assertThat(demo.err()).containsAnyOf("thực hành", "rehearse");
    Run json = run("results", "--data-dir", data, "--conference", demo.out().strip(), "--json");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"decided\" : false").doesNotContain("\"decided\" : true");
  }

  @ParameterizedTest
  @CsvSource({"vi, Tạo hội nghị mẫu", "en, Creates the demo conference"})
  void helpIsInTheRememberedLanguage(String language, String expected) {
    new SettingsFile(dir).saveLanguage(Locale.forLanguageTag(language));
    Run help = run("--data-dir", dir.toString(), "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("demo", expected, "--data-dir", "--startup-probe");
  }

  @ParameterizedTest
  @CsvSource({
    "vi, Lệnh:, Cách dùng: binhxet , Tùy chọn:",
    "en, Commands:, Usage: binhxet , Options:"
  })
  void everyCommandsOwnHelpSaysWhatItDoesInTheRememberedLanguage(
      String language, String commands, String usage, String options) {
    new SettingsFile(dir).saveLanguage(Locale.forLanguageTag(language));
    String root = run("--data-dir", dir.toString(), "--help").out();
    List<String> names = new java.util.ArrayList<>();
    boolean listed = false;
    for (String line : root.split("\\R")) {
      if (line.equals(commands)) {
        listed = true;
      } else if (listed && line.matches("  \\S.*")) {
        names.add(line.strip().split("\\s+")[0]);
      }
    }
    assertThat(names).contains("demo", "password", "bench");
    for (String name : names) {
      String[] help = run(name, "--data-dir", dir.toString(), "--help").out().split("\\R");
      assertThat(help[0]).as(name).startsWith(usage + " " + name);
      // The line after the synopsis says what the command does.
      int described = 1;
      while (described < help.length && help[described].startsWith(" ")) {
        described++;
      }
      assertThat(help[described]).as("what %s does", name).isNotBlank();
      assertThat(help).as(name).contains(options);
    }
  }

  @Test
  void resultsOfTheDemoGiveTheSeedsOutcomeAsTextAndJson() throws Exception {
    String data = dir.resolve("data").toString();
    String id = run("demo", "--data-dir", data).out().strip();
    new SettingsFile(dir.resolve("data")).saveLanguage(Locale.forLanguageTag("vi"));

    Run text = run("results", "--data-dir", data, "--conference", id);
    assertThat(text.code()).isZero();
    assertThat(text.out())
        .contains("Ban Nội chính Tỉnh uỷ: 10/11 = 90,91% — đạt")
        .contains("Kết quả: Ban Tuyên giáo Tỉnh uỷ; Ban Dân vận Tỉnh uỷ");

    Run json = run("results", "--data-dir", data, "--conference", id, "--json");
    assertThat(json.code()).isZero();
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    var flag = tree.get("votes").get(2);
    assertThat(flag.get("award").asText()).isEqualTo("Cờ thi đua của Chính phủ");
    var round = flag.get("rounds").get(0);
    assertThat(round.get("round").asInt()).isEqualTo(1);
    assertThat(round.get("status").asText()).isEqualTo("CLOSED");
    assertThat(round.get("nominated").get(0).asText()).isEqualTo("Ban Nội chính Tỉnh uỷ");
    var first = round.get("candidates").get(0);
    assertThat(first.get("unit").asText()).isEqualTo("Ban Nội chính Tỉnh uỷ");
    assertThat(first.get("votes").asLong()).isEqualTo(10);
    assertThat(first.get("base").asLong()).isEqualTo(11);
    assertThat(first.get("percentage").decimalValue()).isEqualByComparingTo("90.91");
    assertThat(first.get("passed").asBoolean()).isTrue();
  }

  @Test
  void verifyExitsZeroWhenIntactAndNamesTheEntryWhenATallyWasChanged() throws Exception {
    Path data = dir.resolve("data");
    run("demo", "--data-dir", data.toString());
    assertThat(run("verify", "--data-dir", data.toString()).code()).isZero();
    try (java.sql.Connection c =
        java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("binhxet"), "sa", "")) {
      c.createStatement()
          .executeUpdate("update ballot_total set votes_for = 11 where votes_for = 10");
    }
    Run verify = run("verify", "--data-dir", data.toString());
    assertThat(verify.code()).isEqualTo(vn.binhxet.cli.VerifyCommand.TAMPERED);
    assertThat(verify.err())
        .contains("vòng 1 của nội dung biểu quyết “Cờ thi đua của Chính phủ”")
        .contains("số phiếu bầu cho từng ứng viên")
        .contains("mục nhật ký số");
  }

  @Test
  void exportThenImportIntoAnotherFolderGivesTheSameResults() throws Exception {
    String a = dir.resolve("a").toString();
    String b = dir.resolve("b").toString();
    String id = run("demo", "--data-dir", a).out().strip();
    Path file = dir.resolve("hội nghị.json");

    Run export = run("export", "--conference", id, "--out", file.toString(), "--data-dir", a);
    assertThat(export.code()).isZero();
    assertThat(file).exists();
    Run imported = run("import", file.toString(), "--data-dir", b);
    assertThat(imported.code()).as(imported.err()).isZero();
    String newId = imported.out().strip();
    assertThat(newId).matches("\\d+");

    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var before =
        mapper.readTree(run("results", "--data-dir", a, "--conference", id, "--json").out());
    var after =
        mapper.readTree(run("results", "--data-dir", b, "--conference", newId, "--json").out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) before).remove("conference");
    ((com.fasterxml.jackson.databind.node.ObjectNode) after).remove("conference");
    assertThat((Object) after).isEqualTo(before);
    assertThat(run("verify", "--data-dir", b).code()).isZero();
  }

  @Test
  void aRefusedImportNamesEachProblemExitsFiveAndStoresNothing() throws Exception {
    String a = dir.resolve("a").toString();
    String b = dir.resolve("b").toString();
    String id = run("demo", "--data-dir", a).out().strip();
    Path file = dir.resolve("demo.json");
    run("export", "--conference", id, "--out", file.toString(), "--data-dir", a);
    String json = Files.readString(file);
    Files.writeString(file, json.replace("\"version\": 1", "\"version\": 7"));

    Run refused = run("import", file.toString(), "--data-dir", b);

    assertThat(refused.code()).isEqualTo(vn.binhxet.cli.ImportCommand.REFUSED);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).contains("$.version").contains("phiên bản Bình Xét mới hơn");
    assertThat(run("results", "--data-dir", b, "--json").out().strip()).isEqualTo("[ ]");
  }

  @Test
  void importOfAFileThatCannotBeReadSaysSo() {
    Run missing =
        run("import", dir.resolve("missing.json").toString(), "--data-dir", dir.toString());
    assertThat(missing.code()).isEqualTo(vn.binhxet.cli.ImportCommand.UNREADABLE);
    assertThat(missing.err()).contains("Không đọc được").contains("missing.json");
  }

  @Test
  void exportOfAConferenceThatDoesNotExistFailsAndWritesNoFile() {
    Path file = dir.resolve("none.json");
    Run export =
        run("export", "--conference", "42", "--out", file.toString(), "--data-dir", dir.toString());
    assertThat(export.code()).isEqualTo(vn.binhxet.cli.ExportCommand.FAILED);
    assertThat(export.err()).contains("42");
    assertThat(file).doesNotExist();
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
  void anUnknownCommandIsRefusedAndNoWindowOpens() {
    Run refused = run("nonsense", "--data-dir", dir.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("“nonsense”", "--help");
  }
}
