package vn.binhxet.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.Problem;
import vn.binhxet.service.imports.SourceFormat.Encoding;
import vn.binhxet.service.imports.SourceFormat.Separator;

class UnitListReaderTest {
  private static final List<UnitRow> EXPECTED =
      List.of(
          new UnitRow(2, "Sở Tài nguyên và Môi trường", "STNMT", List.of()),
          new UnitRow(3, "Ủy ban MTTQ tỉnh", null, List.of()),
          new UnitRow(4, "Đài Phát thanh và Truyền hình", "PTTH", List.of()),
          new UnitRow(5, "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh", "BVSK", List.of()),
          new UnitRow(6, "Trường Chính trị Nguyễn Văn Cừ; cơ sở 2", null, List.of()));

  private static List<List<String>> file(List<String> header) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (UnitRow r : EXPECTED) {
      rows.add(List.of(r.name(), r.shortName() == null ? "" : r.shortName()));
    }
    return rows;
  }

  static Stream<Arguments> encodingsSeparatorsAndHeaders() {
    List<List<String>> headers =
        List.of(
            List.of("Tên đơn vị", "Tên viết tắt"),
            List.of("Name", "Short name"),
            List.of("TEN DON VI", "VIET TAT"),
            List.of("đơn vị:", "tên viết tắt (*)"));
    List<Arguments> cases = new ArrayList<>();
    for (Encoding e : Encoding.values()) {
      for (Separator s : List.of(Separator.COMMA, Separator.SEMICOLON, Separator.TAB)) {
        for (List<String> h : headers) {
          cases.add(Arguments.of(e, s, h));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("encodingsSeparatorsAndHeaders")
  void readsEveryEncodingSeparatorAndHeaderLanguageToTheSameNfcNames(
      Encoding encoding, Separator separator, List<String> header) {
    byte[] bytes = ListFiles.encode(ListFiles.csv(separator, file(header)), encoding);

    ListReading<UnitRow> read = new UnitListReader().read(bytes, "don-vi.csv", List.of());

    assertThat(read.fileProblems()).isEmpty();
    assertThat(read.format()).isEqualTo(SourceFormat.csv(encoding, separator));
    assertThat(read.headerLine()).isEqualTo(1);
    assertThat(read.rows()).containsExactlyElementsOf(EXPECTED);
    assertThat(read.fileName()).isEqualTo("don-vi.csv");
  }

  @Test
  void readsTheFirstSheetOfAWorkbook() {
    byte[] bytes = ListFiles.xlsx(file(List.of("Tên đơn vị", "Tên viết tắt")));

    ListReading<UnitRow> read = new UnitListReader().read(bytes, "don-vi.xlsx", List.of());

    assertThat(read.fileProblems()).isEmpty();
    assertThat(read.format()).isEqualTo(SourceFormat.xlsx());
    assertThat(read.rows()).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void aFileOfOneColumnWithoutHeaderIsUnitNamesCommasAndAll() {
    String text = "Văn phòng Tỉnh uỷ\nBan Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh\n\nBáo Bắc Ninh\n";

    ListReading<UnitRow> read =
        new UnitListReader().read(text.getBytes(StandardCharsets.UTF_8), "a.csv", List.of());

    assertThat(read.headerLine()).isZero();
    assertThat(read.format().separator()).isEqualTo(Separator.NONE);
    assertThat(read.rows())
        .containsExactly(
            new UnitRow(1, "Văn phòng Tỉnh uỷ", null, List.of()),
            new UnitRow(2, "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh", null, List.of()),
            new UnitRow(4, "Báo Bắc Ninh", null, List.of()));
  }

  @Test
  void aRowRepeatingAnExistingUnitIsMarked() {
    String text = "Tên đơn vị\nỦy ban Kiểm tra Tỉnh ủy\nBáo Bắc Ninh\n";

    ListReading<UnitRow> read =
        new UnitListReader()
            .read(
                text.getBytes(StandardCharsets.UTF_8),
                "a.csv",
                List.of(Unit.named("Uỷ ban Kiểm tra Tỉnh uỷ")));

    assertThat(read.rows().get(0).problems())
        .extracting(p -> p.messageKey())
        .containsExactly("import.row.exists");
    assertThat(read.rows().get(0).problems().get(0).args())
        .containsExactly("Uỷ ban Kiểm tra Tỉnh uỷ");
    assertThat(read.goodRows()).extracting(UnitRow::name).containsExactly("Báo Bắc Ninh");
  }

  private static ListReading<UnitRow> read(String text) {
    return new UnitListReader().read(text.getBytes(StandardCharsets.UTF_8), "a.csv", List.of());
  }

  private static List<String> keys(UnitRow row) {
    return row.problems().stream().map(Problem::messageKey).toList();
  }

  @Test
  void windows1258KeepsTonesAsCombiningMarksAndTheyComeOutComposed() {
    byte[] bytes = ListFiles.windows1258("Tên đơn vị\nSở Tài nguyên và Môi trường\n");
    // "ở" is "ơ" (0xF5) followed by the combining hook above (0xD2) in code page 1258.
    assertThat(bytes).containsSequence((byte) 0xF5, (byte) 0xD2);

    ListReading<UnitRow> read = new UnitListReader().read(bytes, "cu.csv", List.of());

    assertThat(read.format().encoding()).isEqualTo(Encoding.WINDOWS_1258);
    String name = read.rows().get(0).name();
    assertThat(name).isEqualTo("Sở Tài nguyên và Môi trường");
    assertThat(java.text.Normalizer.isNormalized(name, java.text.Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void titleRowsAboveTheHeaderAndARunningNumberAreSkippedAndOtherColumnsReported() {
    ListReading<UnitRow> read =
        read(
            "DANH SÁCH ĐƠN VỊ THÀNH VIÊN;;;\n"
                + "Khối thi đua các Ban cơ quan của Đảng;;;\n"
                + ";;;\n"
                + "STT;Tên đơn vị;Ghi chú;Tên viết tắt\n"
                + "1;Văn phòng Tỉnh uỷ;Trưởng khối;VPTU\n"
                + "2;Báo Bắc Ninh\n");

    assertThat(read.headerLine()).isEqualTo(4);
    assertThat(read.ignoredColumns()).containsExactly("Ghi chú");
    assertThat(read.rows())
        .containsExactly(
            new UnitRow(5, "Văn phòng Tỉnh uỷ", "VPTU", List.of()),
            new UnitRow(6, "Báo Bắc Ninh", null, List.of()));
  }

  @Test
  void excelsSeparatorLineIsObeyedAndLinesKeepTheirNumbers() {
    // Without the line, a header of one column would make a file of one column.
    ListReading<UnitRow> read = read("sep=;\nTên đơn vị\nBáo Bắc Ninh;BBN\n");

    assertThat(read.format().separator()).isEqualTo(Separator.SEMICOLON);
    assertThat(read.headerLine()).isEqualTo(2);
    assertThat(read.rows()).containsExactly(new UnitRow(3, "Báo Bắc Ninh", null, List.of()));
  }

  @Test
  void spacesAreTidiedAndALineBreakInsideACellBecomesASpace() {
    ListReading<UnitRow> read =
        read("Tên đơn vị\n\"  Ban Tuyên giáo\u00A0\u00A0Tỉnh uỷ \"\n\"Ban Dân vận\nTỉnh uỷ\"\n");

    assertThat(read.rows())
        .containsExactly(
            new UnitRow(2, "Ban Tuyên giáo Tỉnh uỷ", null, List.of()),
            new UnitRow(3, "Ban Dân vận Tỉnh uỷ", null, List.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ủy ban Kiểm tra Tỉnh ủy|Uỷ ban Kiểm tra Tỉnh uỷ",
        "Ban Tuyên giáo Tỉnh uỷ|BAN TUYÊN GIÁO  TỈNH UỶ",
        "Sở Văn hoá|Sở Văn hóa",
      })
  void aNameRepeatedWithOtherCapitalsSpacingOrTonePlacementIsADuplicate(String a, String b) {
    ListReading<UnitRow> read = read("Tên đơn vị\n" + a + "\n" + b + "\n");

    assertThat(read.rows())
        .extracting(UnitListReaderTest::keys)
        .containsExactly(List.of(), List.of("import.row.duplicate"));
    assertThat(read.rows().get(1).problems().get(0).args()).containsExactly(2);
  }

  @Test
  void namesDifferingOnlyInTheirLettersMarksAreNotDuplicates() {
    ListReading<UnitRow> read = read("Tên đơn vị\nBắc Ninh\nBạc Ninh\n");

    assertThat(read.badRowCount()).isZero();
  }

  @Test
  void blankAndOverlongValuesAreMarkedOnTheirColumn() {
    String longName = "Sở " + "Đ".repeat(UnitListReader.MAX_NAME);
    String longShort = "S".repeat(UnitListReader.MAX_SHORT_NAME + 1);
    ListReading<UnitRow> read =
        read("Tên đơn vị;Tên viết tắt\n;STP\n" + longName + ";" + longShort + "\n");

    assertThat(read.rows().get(0).problems())
        .containsExactly(Problem.of("NAME", "import.row.nameBlank"));
    assertThat(read.rows().get(1).problems())
        .containsExactly(
            Problem.of("NAME", "import.row.tooLong.name", longName.length(), 500),
            Problem.of("SHORT_NAME", "import.row.tooLong.shortName", 101, 100));
    assertThat(read.goodRows()).isEmpty();
    assertThat(read.badRowCount()).isEqualTo(2);
  }

  @Test
  void aWorkbooksRowsKeepTheSheetsRowNumbersAcrossBlankAndTitleRows() {
    byte[] bytes =
        ListFiles.xlsx(
            List.of(
                List.of("Danh sách đơn vị"),
                List.of(),
                List.of("STT", "Tên đơn vị", "Ghi chú"),
                List.of("1", "Văn phòng Tỉnh uỷ", ""),
                List.of(),
                List.of("2", "Ban Tổ chức Tỉnh uỷ", "mới")));

    ListReading<UnitRow> read = new UnitListReader().read(bytes, "a.xlsx", List.of());

    assertThat(read.headerLine()).isEqualTo(3);
    assertThat(read.ignoredColumns()).containsExactly("Ghi chú");
    assertThat(read.rows())
        .containsExactly(
            new UnitRow(4, "Văn phòng Tỉnh uỷ", null, List.of()),
            new UnitRow(6, "Ban Tổ chức Tỉnh uỷ", null, List.of()));
  }

  @Test
  void aRowWithProblemsCannotBecomeAUnit() {
    UnitRow bad = read("Tên đơn vị;Tên viết tắt\n;X\n").rows().get(0);

    org.assertj.core.api.Assertions.assertThatThrownBy(bad::toUnit)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFileOnDiskIsReadUnderItsName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Đơn vị 2019.xlsx");
    Files.write(file, ListFiles.xlsx(file(List.of("Tên đơn vị", "Tên viết tắt"))));

    ListReading<UnitRow> read = new UnitListReader().read(file, List.of());

    assertThat(read.fileName()).isEqualTo("Đơn vị 2019.xlsx");
    assertThat(read.rows()).containsExactlyElementsOf(EXPECTED);
  }
}
