package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * Conference files that are not what an import expects (docs/bad-input.md): each is refused with
 * the problem the user reads, in words that say what is wrong and what to do, and the conference
 * already in the target, with its audit log, is left as it was. {@link ConferenceFileRefusalTest}
 * holds the faults of a well-formed file's content.
 */
class HostileConferenceFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static byte[] demoFile;
  private static String demoText;

  // One target for the class: an import costs seconds, and each test compares before and after.
  private static Database targetDb;
  private static Fakes.Stack target;
  private static long recorded;

  @BeforeAll
  static void exportTheDemoAndImportItIntoTheTarget(
      @TempDir Path sourceDir, @TempDir Path targetDir) {
    try (Database db = Database.open(sourceDir)) {
      Fakes.Stack source = Fakes.stack(db, Clock.systemUTC());
      demoFile = source.files().export(source.demo().create());
      demoText = new String(demoFile, StandardCharsets.UTF_8);
    }
    targetDb = Database.open(targetDir);
    target = Fakes.stack(targetDb, Clock.systemUTC());
    recorded = target.files().importFile(demoFile);
  }

  @AfterAll
  static void closeTarget() {
    targetDb.close();
  }

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        bytes("0 bytes", b -> new byte[0], "$", "file.empty", "is empty", "export"),
        bytes(
            "only a byte order mark and blank lines",
            b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "\n  \r\n"),
            "$",
            "file.empty",
            "is empty",
            "export"),
        bytes(
            "cut after 1 byte",
            b -> Arrays.copyOf(b, 1),
            "$",
            "file.truncated",
            "ends too early",
            "Copy it again"),
        bytes("cut after 100 bytes", b -> Arrays.copyOf(b, 100), "$", "file.truncated"),
        bytes("cut in half", b -> Arrays.copyOf(b, b.length / 2), "$", "file.truncated"),
        bytes(
            "cut inside a Vietnamese letter",
            b -> Arrays.copyOf(b, insideALetter(b)),
            "$",
            "file.truncated"),
        bytes(
            "only the last brace missing",
            b -> Arrays.copyOf(b, b.length - 2),
            "$",
            "file.truncated"),
        bytes(
            "a comma removed in the middle",
            b -> utf8(demoText.replaceFirst("\"version\": 1,", "\"version\": 1")),
            "$",
            "file.syntax",
            "line 4, column 3",
            "export the conference again"),
        bytes("text after the end", b -> concat(b, "{}"), "$", "file.syntax"),
        bytes(
            "a list of units saved as CSV",
            b -> utf8("Tên đơn vị,Viết tắt\nSở Y tế,SYT\n"),
            "$",
            "file.notJson",
            "is not a conference file",
            "Choose a conference file (.binhxet or .json)"),
        bytes(
            "a picture",
            b -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
            "$",
            "file.notJson"),
        bytes(
            "a file of zero bytes only (cut by a crash)", b -> new byte[4096], "$", "file.notJson"),
        bytes(
            "saved again in Windows-1258",
            b -> demoText.getBytes(Charset.forName("windows-1258")),
            "$",
            "file.encoding",
            "not in UTF-8",
            "export the conference again"),
        bytes(
            "Vietnamese text read as Latin-1 and saved again as it",
            b -> demoText.getBytes(StandardCharsets.ISO_8859_1),
            "$",
            "file.encoding"),
        bytes(
            "JSON of another kind (a package.json)",
            b -> utf8("{\"name\": \"binhxet\", \"version\": \"1.0.0\"}"),
            "$.format",
            "file.foreign",
            "not a Bình Xét conference file",
            "Choose a conference file exported"),
        bytes("a bare value", b -> utf8("null"), "$.format", "file.foreign"),
        bytes(
            "the right format and nothing else",
            b -> utf8("{\"format\": \"binhxet-conference\", \"version\": 1}"),
            "$.conference",
            "file.schema.required"),
        json(
            "from a newer version",
            f -> f.put("version", 2),
            "$.version",
            "file.version.newer",
            "newer version",
            "Install the newer version"),
        json(
            "a version that is text", f -> f.put("version", "2"), "$.version", "file.schema.value"),
        bytes(
            "5,000 nested arrays",
            b ->
                utf8(
                    "{\"format\": \"binhxet-conference\", \"version\": 1, \"x\": "
                        + "[".repeat(5000)
                        + "]".repeat(5000)
                        + "}"),
            "$",
            "file.limits",
            "nests values more deeply",
            "Choose a conference file (.binhxet or .json)"),
        bytes(
            "51 MB (a real file padded with blanks)",
            b -> concat(b, " ".repeat(51 * 1024 * 1024)),
            "$",
            "file.tooLarge",
            "51.1 MB, over the limit of 50 MB",
            "Check that this is the right file"),
        json(
            "a title of 100,000 characters",
            f -> conference(f).put("title", "x".repeat(100_000)),
            "$.conference.title",
            "file.schema.tooLong",
            "100000 characters long; at most 1000"),
        json(
            "a unit name of 501 characters",
            f ->
                ((ObjectNode) conference(f).withArray("members").get(0))
                    .put("name", "Ban ".repeat(125) + "X"),
            "$.conference.members[0].name",
            "file.schema.tooLong"),
        json(
            "a count of 99999999999999999999",
            f -> hands(f, 4).put("for", new java.math.BigInteger("99999999999999999999")),
            "$.rounds[4].hands[0].for",
            "file.schema.range",
            "99999999999999999999 is out of the allowed range"),
        json(
            "a count one more than the largest int",
            f -> hands(f, 4).put("for", 2_147_483_648L),
            "$.rounds[4].hands[0].for",
            "file.schema.range"),
        json(
            "a count written as text",
            f -> hands(f, 4).put("for", "12"),
            "$.rounds[4].hands[0].for",
            "file.schema.type"),
        json(
            "a count of 1.5",
            f -> hands(f, 4).put("for", 1.5),
            "$.rounds[4].hands[0].for",
            "file.schema.type"),
        json(
            "a unit checked in that is not a member",
            f -> ((ObjectNode) f.withArray("attendance").get(0)).put("unit", "Sở Không Có"),
            "$.attendance[0].unit",
            "file.unit.unknown",
            "“Sở Không Có” is not a member unit"),
        json(
            "a delegate of a unit that is not a member",
            f -> ((ObjectNode) firstDelegate(f)).put("unit", "Sở Không Có"),
            null,
            "file.unit.unknown"),
        json(
            "a ballot naming a unit that is not an option",
            f -> ballotTotal(f, 2).put("option", "Sở Không Có"),
            "$.rounds[2].ballotTotals[0].option",
            "file.option.unknown"),
        json(
            "more voters present than entitled",
            f -> round(f, 0).put("votersPresent", 12),
            "$.rounds[0].votersPresent",
            "file.round.present"),
        json(
            "more seats than the vote has",
            f -> round(f, 2).put("seats", 99),
            "$.rounds[2].seats",
            "file.round.seats"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void aHostileFileIsRefusedWithWordsAndWhatIsRecordedStays(
      String what, UnaryOperator<byte[]> spoil, String path, String key, List<String> words) {
    byte[] bad = spoil.apply(demoFile.clone());
    var before = target.conferences().list();
    long auditEntries = target.audit().verify().entries();

    assertThatThrownBy(() -> target.files().importFile(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              Problem p =
                  e.problems().stream()
                      .filter(x -> x.messageKey().equals(key))
                      .filter(x -> path == null || x.field().equals(path))
                      .findFirst()
                      .orElseThrow(() -> new AssertionError(e.problems().toString()));
              String shown = new Messages(Locale.ENGLISH).get(key, p.args().toArray());
              words.forEach(w -> assertThat(shown).contains(w));
              assertThat(new Messages(Messages.VIETNAMESE).get(key, p.args().toArray()))
                  .isNotEqualTo(shown);
            });
    assertThat(target.conferences().list()).isEqualTo(before);
    assertThat(target.audit().verify().intact()).isTrue();
    assertThat(target.audit().verify().entries()).isEqualTo(auditEntries);
  }

  @Test
  void aFileCutAnywhereIsRefusedAsCutOff() {
    List<String> misnamed = new java.util.ArrayList<>();
    for (int cut = 1; cut < demoFile.length - 1; cut += 37) {
      byte[] bad = Arrays.copyOf(demoFile, cut);
      try {
        target.files().importFile(bad);
        misnamed.add(cut + ": imported");
      } catch (InvalidInputException e) {
        if (!e.problems().get(0).messageKey().equals("file.truncated")) {
          misnamed.add(cut + ": " + e.problems());
        }
      }
    }
    assertThat(misnamed).isEmpty();
  }

  @Test
  void aFileInUtf16IsReadAsTheSameConference() {
    long id = target.files().importFile(demoText.getBytes(StandardCharsets.UTF_16));

    assertThat(target.conferences().open(id).conference())
        .isEqualTo(target.conferences().open(recorded).conference());
  }

  @Test
  void theSizeLimitIsCheckedFromTheSizeAlone() {
    assertThatThrownBy(() -> ConferenceFileService.checkSize(3L * 1024 * 1024 * 1024))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::messageKey)
                    .containsExactly("file.tooLarge"));
    ConferenceFileService.checkSize(ConferenceFileBytes.MAX_BYTES);
  }

  private static Arguments bytes(
      String what, UnaryOperator<byte[]> spoil, String path, String key, String... words) {
    return Arguments.of(what, spoil, path, key, List.of(words));
  }

  private static Arguments json(
      String what, Consumer<ObjectNode> spoil, String path, String key, String... words) {
    UnaryOperator<byte[]> op = b -> spoiled(b, spoil);
    return Arguments.of(what, op, path, key, List.of(words));
  }

  private static byte[] spoiled(byte[] file, Consumer<ObjectNode> spoil) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(file);
      spoil.accept(tree);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the first two-byte letter starts, plus one: the cut leaves half a letter. */
  private static int insideALetter(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if ((b[i] & 0xE0) == 0xC0) {
        return i + 1;
      }
    }
    throw new AssertionError("the demo has no Vietnamese letter");
  }

  private static ObjectNode conference(ObjectNode f) {
    return (ObjectNode) f.get("conference");
  }

  private static ObjectNode firstDelegate(ObjectNode f) {
    for (var p : (ArrayNode) conference(f).get("participants")) {
      if (p.hasNonNull("unit")) {
        return (ObjectNode) p;
      }
    }
    throw new AssertionError("the demo has no delegate of a unit");
  }

  private static ObjectNode round(ObjectNode f, int i) {
    return (ObjectNode) f.get("rounds").get(i);
  }

  private static ObjectNode hands(ObjectNode f, int round) {
    return (ObjectNode) round(f, round).get("hands").get(0);
  }

  private static ObjectNode ballotTotal(ObjectNode f, int round) {
    return (ObjectNode) round(f, round).get("ballotTotals").get(0);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, String b) {
    byte[] tail = utf8(b);
    byte[] out = Arrays.copyOf(a, a.length + tail.length);
    System.arraycopy(tail, 0, out, a.length, tail.length);
    return out;
  }
}
