package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.cli.ImportCommand;

/**
 * What {@code import} prints for a hostile conference file (docs/bad-input.md), in the default
 * language, and that the data folder it was to go into keeps only what it held.
 */
class HostileImportCommandTest {
  private static byte[] demo;
  private static String before;

  @TempDir static Path home;

  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static String data() {
    return home.resolve("data").toString();
  }

  @BeforeAll
  static void aDataFolderWithTheDemoAndItsFile() throws Exception {
    String id = run("demo", "--data-dir", data()).out().strip();
    Path file = home.resolve("demo.json");
    run("export", "--conference", id, "--out", file.toString(), "--data-dir", data());
    demo = Files.readAllBytes(file);
    before = run("results", "--data-dir", data(), "--json").out();
  }

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        Arguments.of("0 bytes", (UnaryOperator<byte[]>) b -> new byte[0], "Tệp trống"),
        Arguments.of(
            "cut in half",
            (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length / 2),
            "Tệp bị cắt cụt"),
        Arguments.of(
            "saved again in Windows-1258",
            (UnaryOperator<byte[]>)
                b ->
                    new String(b, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1258")),
            "không dùng bảng mã UTF-8"),
        Arguments.of(
            "a list of units",
            (UnaryOperator<byte[]>) b -> "Tên đơn vị\nSở Y tế\n".getBytes(StandardCharsets.UTF_8),
            "không phải tệp hội nghị"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void aHostileFileIsNamedOnStderrExitsFiveAndStoresNothing(
      String what, UnaryOperator<byte[]> spoil, String words) throws Exception {
    Path file = Files.write(home.resolve("xấu.json"), spoil.apply(demo.clone()));

    Run refused = run("import", file.toString(), "--data-dir", data());

    assertThat(refused.code()).isEqualTo(ImportCommand.REFUSED);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .contains("Không nhập")
        .contains("hoặc xuất lại hội nghị")
        .contains("$: ")
        .contains(words)
        .doesNotContain("\tat ");
    assertThat(run("results", "--data-dir", data(), "--json").out()).isEqualTo(before);
  }

  @Test
  void aFileOfThreeGigabytesIsRefusedFromItsSizeWithoutBeingRead() throws Exception {
    Path file = home.resolve("lớn.json");
    // Sparse: the size is there, the disk space and the bytes are not.
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(3L * 1024 * 1024 * 1024);
    }

    Run refused = run("import", file.toString(), "--data-dir", data());

    assertThat(refused.code()).isEqualTo(ImportCommand.REFUSED);
    assertThat(refused.err()).contains("3072 MB").contains("vượt giới hạn 50 MB");
    assertThat(run("results", "--data-dir", data(), "--json").out()).isEqualTo(before);
    Files.delete(file);
  }
}
