package vn.binhxet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;
import vn.binhxet.service.ErrorText;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;

/**
 * A data file that is not one this build can open (docs/bad-input.md) is refused with the problem
 * the user reads, and left byte for byte as it was, so that its data can still be rescued. A
 * database of a newer schema is {@link
 * DatabaseTest#refusesADatabaseWrittenByANewerVersionAndLeavesItAsItWas}.
 */
class HostileDatabaseFileTest {
  private static byte[] good;
  private static byte[] otherProgram;

  @TempDir Path dir;

  @BeforeAll
  static void writeARealDatabaseAndAnotherProgramsOne(@TempDir Path real, @TempDir Path other)
      throws Exception {
    try (Database db = Database.open(real)) {
      Fakes.stack(db, Clock.systemUTC()).demo().create();
    }
    good = Files.readAllBytes(real.resolve("binhxet.mv.db"));
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + other.resolve("binhxet"), "sa", "");
        Statement s = c.createStatement()) {
      s.execute("create table khach_hang (ten varchar(100))");
      s.execute("insert into khach_hang values ('Nguyễn Văn A')");
    }
    otherProgram = Files.readAllBytes(other.resolve("binhxet.mv.db"));
  }

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        file(
            "0 bytes",
            b -> new byte[0],
            StorageProblem.UNREADABLE,
            "cannot be read",
            "Put a backup in its place"),
        file(
            "a text file",
            b -> "Ghi chú, không phải dữ liệu.\n".getBytes(StandardCharsets.UTF_8),
            StorageProblem.UNREADABLE,
            "not a Bình Xét data file"),
        file("4 kB of zero bytes", b -> new byte[4096], StorageProblem.UNREADABLE),
        file("only its first 4 kB", b -> Arrays.copyOf(b, 4096), StorageProblem.UNREADABLE),
        // Every commit is appended (REUSE_SPACE=FALSE, decision 0025): a file cut short still
        // holds older whole states, which H2 would open as if the rest had never been; its
        // header names a commit past its end (decision 0038).
        file(
            "cut in half",
            b -> Arrays.copyOf(b, b.length / 2),
            StorageProblem.CORRUPTED,
            "is damaged",
            "Restore it from a backup"),
        file(
            "cut at three quarters",
            b -> Arrays.copyOf(b, b.length / 4 * 3),
            StorageProblem.CORRUPTED,
            "is damaged"),
        file(
            "without its last 4 kB",
            b -> Arrays.copyOf(b, b.length - 4096),
            StorageProblem.CORRUPTED,
            "is damaged"),
        file("100 kB of random bytes", b -> random(100_000), StorageProblem.CORRUPTED),
        file(
            "another program's H2 database",
            b -> otherProgram,
            StorageProblem.UNREADABLE,
            "not a Bình Xét data file"),
        // The faked header no longer agrees with the last chunk, which H2 reads from the end of
        // the file: it is told as damaged. A newer schema is told as newer (DatabaseTest).
        file(
            "a header faked to a newer H2 (file format 9)",
            HostileDatabaseFileTest::newerFileFormat,
            StorageProblem.CORRUPTED,
            "is damaged",
            "Restore it from a backup"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void aHostileDataFileIsRefusedAndLeftByteForByte(
      String what, UnaryOperator<byte[]> spoil, StorageProblem problem, List<String> words)
      throws Exception {
    byte[] content = spoil.apply(good.clone());
    Path file = Files.write(dir.resolve("binhxet.mv.db"), content);

    assertThatThrownBy(() -> Database.open(dir))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(problem);
              String shown = ErrorText.describe(e, new Messages(Locale.ENGLISH));
              words.forEach(w -> assertThat(shown).contains(w));
              assertThat(shown).contains(file.toString());
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(content);
    // Beside it, only the folder's lock, which the opening took and gave back.
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(f -> !f.getFileName().toString().equals(FolderLock.FILE_NAME)))
          .containsExactly(file);
    }
  }

  private static Arguments file(
      String what, UnaryOperator<byte[]> spoil, StorageProblem problem, String... words) {
    return Arguments.of(what, spoil, problem, List.of(words));
  }

  private static byte[] random(int size) {
    byte[] b = new byte[size];
    new Random(7).nextBytes(b);
    return b;
  }

  /**
   * Both file headers rewritten as a newer H2 would write them: a higher format, and a checksum
   * that matches, so that H2 takes the header at its word.
   */
  private static byte[] newerFileFormat(byte[] db) {
    byte[] out = db.clone();
    for (int offset : new int[] {0, 4096}) {
      String block = new String(out, offset, 4096, StandardCharsets.ISO_8859_1);
      String line = block.substring(0, block.indexOf('\n'));
      String fields =
          line.substring(0, line.lastIndexOf(",fletcher:"))
              .replaceAll("format:\\d+", "format:9")
              .replaceAll("formatRead:\\d+", "formatRead:9");
      byte[] bytes = fields.getBytes(StandardCharsets.ISO_8859_1);
      int check = DataUtils.getFletcher32(bytes, 0, bytes.length / 2 * 2);
      byte[] header =
          (fields + ",fletcher:" + String.format("%08x", check) + "\n")
              .getBytes(StandardCharsets.ISO_8859_1);
      Arrays.fill(out, offset, offset + line.length() + 1, (byte) ' ');
      System.arraycopy(header, 0, out, offset, header.length);
    }
    return out;
  }
}
