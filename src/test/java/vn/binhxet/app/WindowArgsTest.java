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
import vn.binhxet.service.Messages;

/** Which starts open the window straight away, without the command parser. */
class WindowArgsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "[{0}] opens the window: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                              | true  | ;false;",
        "--data-dir D                    | true  | D;false;",
        "--data-dir=D                    | true  | D;false;",
        "--startup-probe --data-dir D    | true  | D;true;",
        "FILE                            | true  | ;false;FILE",
        "--data-dir D FILE               | true  | D;false;FILE",
        "FILE FILE                       | false | ",
        "demo                            | false | ",
        "results --data-dir D            | false | ",
        "--help                          | false | ",
        "--version                       | false | ",
        "--data-dri D                    | false | ",
        "missing.binhxet                 | false | ",
        "--data-dir                      | false | ",
      })
  void aStartWithOnlyTheWindowsArgumentsOpensIt(String line, boolean window, String expected)
      throws Exception {
    Path file = Files.writeString(dir.resolve("hội-nghị.binhxet"), "{}");
    String[] args =
        line.isBlank() ? new String[0] : line.replace("FILE", file.toString()).split(" ");

    var read = WindowArgs.read(args, Launcher.COMMANDS);

    assertThat(read.isPresent()).isEqualTo(window);
    if (window) {
      String[] parts = expected.split(";", -1);
      assertThat(read.get().dataDir()).isEqualTo(parts[0].isEmpty() ? null : parts[0]);
      assertThat(read.get().startupProbe()).isEqualTo(Boolean.parseBoolean(parts[1]));
      assertThat(read.get().file()).isEqualTo(parts[2].isEmpty() ? null : file.toAbsolutePath());
    }
  }

  @Test
  void theCommandNamesAreThoseTheParserKnows() {
    Messages messages = new Messages(Locale.forLanguageTag("vi"));
    PrintWriter sink = new PrintWriter(new StringWriter());
    var cli = Launcher.commandLine(messages, prompt -> null, sink, sink);

    assertThat(cli.getSubcommands().keySet())
        .containsExactlyInAnyOrderElementsOf(Launcher.COMMANDS);
  }
}
