package vn.binhxet.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.Unit;
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
}
