package vn.binhxet.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.service.Messages;
import vn.binhxet.service.Problem;

/**
 * Files that are not a list, or are built to hurt (issue 7): each is refused as a whole, with a
 * message naming what is wrong, and no rows. docs/bad-input.md lists them.
 */
class HostileListFileTest {
  private static final String HEADER = "Tên đơn vị;Tên viết tắt\n";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] manyRows(int n) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 1; i <= n; i++) {
      b.append("Đơn vị số ").append(i).append(";ĐV").append(i).append('\n');
    }
    return utf8(b.toString());
  }

  private static byte[] xlsxRows(int n) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Tên đơn vị"));
    for (int i = 1; i <= n; i++) {
      rows.add(List.of("Đơn vị số " + i));
    }
    return ListFiles.xlsx(rows);
  }

  private static byte[] xlsxWith(String part, String content) {
    Map<String, String> parts = ListFiles.xlsxParts(List.of(List.of("Tên đơn vị"), List.of("X")));
    parts.put(part, content);
    return ListFiles.zip(parts);
  }

  private static final String BILLION_LAUGHS =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
          + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
          + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
          + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
          + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
          + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
          + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
          + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
          + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<si><t>&lol9;</t></si></sst>";

  private static final String EXTERNAL_ENTITY =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<si><t>&xxe;</t></si></sst>";

  /** Three gigabytes of zeros behind a workbook's sheet, in about three megabytes. */
  private static byte[] zipBomb(long declaredSize) {
    RawZip zip = new RawZip();
    ListFiles.xlsxParts(List.of(List.of("Tên đơn vị"), List.of("X")))
        .forEach(
            (name, content) -> {
              if (!name.equals("xl/worksheets/sheet1.xml")) {
                zip.add(name, content);
              }
            });
    return zip.addZeros("xl/worksheets/sheet1.xml", 3 * 1024, declaredSize).bytes();
  }

  private static byte[] manyParts(int n) {
    Map<String, String> parts =
        new LinkedHashMap<>(ListFiles.xlsxParts(List.of(List.of("Tên đơn vị"), List.of("X"))));
    for (int i = 0; i < n; i++) {
      parts.put("xl/media/p" + i + ".xml", "");
    }
    return ListFiles.zip(parts);
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[4096];
    new Random(7).nextBytes(b);
    b[0] = (byte) 0x89;
    b[1] = 'P';
    b[2] = 'N';
    b[3] = 'G';
    return b;
  }

  /** What a double-encoded UTF-8 file holds: UTF-8 read as Windows-1252, saved as UTF-8 again. */
  private static byte[] doublyEncoded() {
    String once = new String(utf8(HEADER + "Sở Tài nguyên và Môi trường;STNMT\n"), cp1252());
    return utf8(once);
  }

  private static Charset cp1252() {
    return Charset.forName("windows-1252");
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad("an empty file", () -> new byte[0], "import.file.empty"),
        bad(
            "only a byte order mark and blank lines",
            () -> utf8("\uFEFF\n  \n;;\n"),
            "import.file.empty"),
        bad("a header and no rows", () -> utf8("STT;Tên đơn vị\n\n"), "import.file.noRows"),
        bad("more than 5 MB", () -> new byte[5 * 1024 * 1024 + 1], "import.file.tooLarge"),
        bad("5,001 rows of CSV", () -> manyRows(5_001), "import.file.tooManyRows"),
        bad("5,001 rows of XLSX", () -> xlsxRows(5_001), "import.file.tooManyRows"),
        bad(
            "a line of 300 separators",
            () -> utf8(HEADER + "A" + ";".repeat(300) + "\n"),
            "import.file.tooManyColumns"),
        bad(
            "a sheet row of 201 values",
            () -> {
              List<String> wide = new ArrayList<>(List.of("Tên đơn vị"));
              for (int i = 0; i < 200; i++) {
                wide.add("x" + i);
              }
              return ListFiles.xlsx(List.of(wide));
            },
            "import.file.tooManyColumns"),
        bad(
            "an unclosed double quote",
            () -> utf8(HEADER + "\"Sở Y tế;SYT\n"),
            "import.file.quotes"),
        bad(
            "text after a closing quote",
            () -> utf8(HEADER + "\"Sở\" Y tế;SYT\n"),
            "import.file.quotes"),
        bad(
            "two columns, none of them names",
            () -> utf8("Mã;Ghi chú\n01;Tốt\n"),
            "import.file.noNameColumn.units"),
        bad(
            "a zip bomb: 3 GB of zeros in 3 MB, its size declared",
            () -> zipBomb(3L * 1024 * 1024 * 1024 - 1),
            "import.file.zipBomb"),
        bad("a zip bomb whose directory claims 4 kB", () -> zipBomb(4096), "import.file.zipBomb"),
        bad("a zip of 2,000 parts", () -> manyParts(2_000), "import.file.zipBomb"),
        bad(
            "an XML bomb (billion laughs) as shared strings",
            () -> xlsxWith("xl/sharedStrings.xml", BILLION_LAUGHS),
            "import.file.xmlDoctype"),
        bad(
            "an external entity (XXE) as shared strings",
            () -> xlsxWith("xl/sharedStrings.xml", EXTERNAL_ENTITY),
            "import.file.xmlDoctype"),
        bad(
            "a DOCTYPE in a UTF-16 part",
            () -> {
              Map<String, String> parts =
                  ListFiles.xlsxParts(List.of(List.of("Tên đơn vị"), List.of("X")));
              RawZip zip = new RawZip();
              parts.forEach(zip::add);
              return zip.addUtf16("[Content_Types].xml.bak", "<!DOCTYPE x []><x/>").bytes();
            },
            "import.file.xmlDoctype"),
        bad(
            "a zip that is not a workbook",
            () -> ListFiles.zip(Map.of("readme.txt", "Tên đơn vị")),
            "import.file.notWorkbook"),
        bad(
            "a workbook cut in half",
            () -> {
              byte[] whole = xlsxRows(3);
              return java.util.Arrays.copyOf(whole, whole.length / 2);
            },
            "import.file.notWorkbook"),
        bad(
            "an OpenDocument spreadsheet",
            () ->
                ListFiles.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet")),
            "import.file.openDocument"),
        bad(
            "an Excel 97-2003 file",
            () ->
                ListFiles.concat(
                    new byte[] {
                      (byte) 0xD0,
                      (byte) 0xCF,
                      0x11,
                      (byte) 0xE0,
                      (byte) 0xA1,
                      (byte) 0xB1,
                      0x1A,
                      (byte) 0xE1
                    },
                    new byte[512]),
            "import.file.oldExcel"),
        bad("a picture", HostileListFileTest::randomBytes, "import.file.binary"),
        bad(
            "UTF-16 without a byte order mark",
            () -> (HEADER + "Sở Y tế;SYT\n").getBytes(StandardCharsets.UTF_16LE),
            "import.file.binary"),
        bad(
            "a byte Windows-1258 leaves undefined",
            () -> ListFiles.concat(latin1(HEADER + "S"), new byte[] {(byte) 0x81, '\n'}),
            "import.file.binary"),
        bad(
            "a UTF-8 byte order mark before bytes that are not UTF-8",
            () ->
                ListFiles.concat(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, latin1("Së Tµi\n")),
            "import.file.badBytes"),
        bad(
            "TCVN3 (ABC) text",
            () -> latin1("Tªn ®¬n vÞ\nSë Tµi nguyªn vµ M«i tr\u00adêng\nñy ban MTTQ tØnh\n"),
            "import.file.oldEncoding"),
        bad(
            "VNI text",
            () -> latin1("Teân ñôn vò\nSôû Taøi nguyeân vaø Moâi tröôøng\nÑaøi Phaùt thanh\n"),
            "import.file.oldEncoding"),
        bad(
            "UTF-8 read as Windows-1252 and saved again",
            HostileListFileTest::doublyEncoded,
            "import.file.oldEncoding"));
  }

  private static Arguments bad(String what, Supplier<byte[]> file, String key) {
    return Arguments.of(what, file, key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void aBadFileIsRefusedWholeWithAMessageInBothLanguages(
      String what, Supplier<byte[]> file, String key) {
    ListReading<UnitRow> read = new UnitListReader().read(file.get(), "bad.xlsx", List.of());

    assertThat(read.readable()).isFalse();
    assertThat(read.rows()).isEmpty();
    assertThat(read.fileProblems()).extracting(Problem::messageKey).containsExactly(key);
    for (var locale : Messages.SUPPORTED) {
      Problem p = read.fileProblems().get(0);
      String text = new Messages(locale).get(p.messageKey(), p.args().toArray());
      assertThat(text).doesNotContain("!" + key).doesNotContain("{");
    }
  }

  @Test
  void theSizeLimitIsCheckedBeforeAnythingIsRead() {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    big[0] = 'P';
    big[1] = 'K';
    big[2] = 3;
    big[3] = 4;

    ListReading<UnitRow> read = new UnitListReader().read(big, "big.xlsx", List.of());

    assertThat(read.format()).isNull();
    assertThat(read.fileProblems())
        .containsExactly(
            Problem.of(
                "file", "import.file.tooLarge", new BigDecimal("5.1"), new BigDecimal("5.0")));
  }

  @Test
  void exactlyTheRowLimitIsRead() {
    ListReading<UnitRow> read = new UnitListReader().read(manyRows(5_000), "a.csv", List.of());

    assertThat(read.rows()).hasSize(5_000);
    assertThat(read.rows().get(4_999).line()).isEqualTo(5_001);
  }

  @Test
  void anUnclosedQuoteNamesTheLineItOpensOn() {
    ListReading<UnitRow> read =
        new UnitListReader()
            .read(
                utf8(HEADER + "Sở Y tế;SYT\n\n\"Sở Tư pháp;STP\nBáo Bắc Ninh;\n"),
                "a.csv",
                List.of());

    assertThat(read.fileProblems()).containsExactly(Problem.of("file", "import.file.quotes", 4L));
  }

  @Test
  void aVietnameseFileWithAStraySymbolIsNotTakenForAnOldEncoding() {
    byte[] cp1258 =
        ListFiles.windows1258(HEADER + "Sở Tài nguyên và Môi trường © 2019;STNMT\nBáo Bắc Ninh;\n");

    ListReading<UnitRow> read = new UnitListReader().read(cp1258, "a.csv", List.of());

    assertThat(read.fileProblems()).isEmpty();
    assertThat(read.rows().get(0).name()).isEqualTo("Sở Tài nguyên và Môi trường © 2019");
  }

  @Test
  void aHugeFileOnDiskIsRefusedUnread(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("danh-sach.csv");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(2L * 1024 * 1024 * 1024);
    }

    ListReading<UnitRow> read = new UnitListReader().read(huge, List.of());

    assertThat(read.fileName()).isEqualTo("danh-sach.csv");
    assertThat(read.fileProblems())
        .containsExactly(
            Problem.of(
                "file", "import.file.tooLarge", new BigDecimal("2048.0"), new BigDecimal("5.0")));
  }

  @Test
  void aFileThatCannotBeOpenedIsNamed(@TempDir Path dir) {
    ListReading<DelegateRow> read =
        new DelegateListReader().read(dir.resolve("mất.csv"), List.of());

    assertThat(read.fileProblems())
        .containsExactly(Problem.of("file", "import.file.unreadable", "mất.csv"));
  }

  @Test
  void aWorkbookWithAnSvgPictureCarryingADoctypeIsStillRead() {
    Map<String, String> parts =
        new LinkedHashMap<>(
            ListFiles.xlsxParts(List.of(List.of("Tên đơn vị"), List.of("Báo Bắc Ninh"))));
    parts.put(
        "xl/media/image1.svg",
        "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
            + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg/>");

    ListReading<UnitRow> read =
        new UnitListReader().read(ListFiles.zip(parts), "logo.xlsx", List.of());

    assertThat(read.fileProblems()).isEmpty();
    assertThat(read.rows()).extracting(UnitRow::name).containsExactly("Báo Bắc Ninh");
  }

  @Test
  void theSizeMessageWritesMegabytesAsEachLanguageDoes() {
    Problem p =
        new UnitListReader()
            .read(new byte[5 * 1024 * 1024 + 1], "a.csv", List.of())
            .fileProblems()
            .get(0);

    assertThat(new Messages(Messages.VIETNAMESE).get(p.messageKey(), p.args().toArray()))
        .startsWith("Tệp có dung lượng 5,1 MB, vượt giới hạn 5 MB.");
    assertThat(new Messages(Messages.ENGLISH).get(p.messageKey(), p.args().toArray()))
        .startsWith("The file is 5.1 MB, over the limit of 5 MB.");
  }
}
