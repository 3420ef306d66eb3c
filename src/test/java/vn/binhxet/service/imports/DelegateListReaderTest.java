package vn.binhxet.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.Problem;
import vn.binhxet.service.imports.SourceFormat.Encoding;
import vn.binhxet.service.imports.SourceFormat.Separator;

class DelegateListReaderTest {
  private static final List<Unit> UNITS =
      List.of(
          new Unit("Sở Tài nguyên và Môi trường", "STNMT"),
          new Unit("Uỷ ban MTTQ tỉnh", null),
          new Unit("Đài Phát thanh và Truyền hình", "PTTH"));

  private static ListReading<DelegateRow> read(String csv) {
    return new DelegateListReader()
        .read(csv.getBytes(StandardCharsets.UTF_8), "dai-bieu.csv", UNITS);
  }

  private static List<String> keys(DelegateRow row) {
    return row.problems().stream().map(Problem::messageKey).toList();
  }

  private static final List<List<String>> PEOPLE =
      List.of(
          List.of("Nguyễn Thị Hằng", "Giám đốc", "Sở Tài nguyên và Môi trường", "Chủ trì", ""),
          List.of("Trần Văn Đức", "Chuyên viên", "STNMT", "thư ký", "không"),
          List.of("Lê Thị Thuỷ", "Phó Chủ tịch", "Ủy ban MTTQ tỉnh", "Counting head", ""),
          List.of("Phạm Quốc Việt", "", "PTTH", "uỷ viên ban kiểm phiếu", ""),
          List.of(
              "Nguyễn Trọng Bình",
              "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh",
              "Hội đồng Thi đua - Khen thưởng tỉnh",
              "",
              "Có"));

  private static final List<DelegateRow> EXPECTED =
      List.of(
          new DelegateRow(
              2,
              "Nguyễn Thị Hằng",
              "Giám đốc",
              "Sở Tài nguyên và Môi trường",
              Role.CHAIR,
              false,
              List.of()),
          new DelegateRow(
              3,
              "Trần Văn Đức",
              "Chuyên viên",
              "Sở Tài nguyên và Môi trường",
              Role.SECRETARY,
              false,
              List.of()),
          new DelegateRow(
              4,
              "Lê Thị Thuỷ",
              "Phó Chủ tịch",
              "Uỷ ban MTTQ tỉnh",
              Role.COUNTING_HEAD,
              false,
              List.of()),
          new DelegateRow(
              5,
              "Phạm Quốc Việt",
              null,
              "Đài Phát thanh và Truyền hình",
              Role.COUNTING_MEMBER,
              false,
              List.of()),
          new DelegateRow(
              6,
              "Nguyễn Trọng Bình",
              "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh",
              "Hội đồng Thi đua - Khen thưởng tỉnh",
              Role.NONE,
              true,
              List.of()));

  private static final List<List<String>> HEADERS =
      List.of(
          List.of("Họ và tên", "Chức vụ", "Đơn vị", "Vai trò", "Khách mời"),
          List.of("Name", "Title", "Unit", "Role", "Guest"),
          List.of("HỌ TÊN", "chức danh", "Cơ quan", "NHIỆM VỤ", "Thành phần"));

  private static List<List<String>> file(List<String> header) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    rows.addAll(PEOPLE);
    return rows;
  }

  static Stream<Arguments> encodingsSeparatorsAndHeaders() {
    List<Arguments> cases = new ArrayList<>();
    for (Encoding e : Encoding.values()) {
      for (Separator s : List.of(Separator.COMMA, Separator.SEMICOLON, Separator.TAB)) {
        for (List<String> h : HEADERS) {
          cases.add(Arguments.of(e, s, h));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("encodingsSeparatorsAndHeaders")
  void readsDelegatesAndGuestsWithTheirRolesInEveryEncodingSeparatorAndHeaderLanguage(
      Encoding encoding, Separator separator, List<String> header) {
    byte[] bytes = ListFiles.encode(ListFiles.csv(separator, file(header)), encoding);

    ListReading<DelegateRow> read = new DelegateListReader().read(bytes, "dai-bieu.csv", UNITS);

    assertThat(read.fileProblems()).isEmpty();
    assertThat(read.format()).isEqualTo(SourceFormat.csv(encoding, separator));
    assertThat(read.rows()).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void readsDelegatesFromAWorkbook() {
    ListReading<DelegateRow> read =
        new DelegateListReader().read(ListFiles.xlsx(file(HEADERS.get(0))), "db.xlsx", UNITS);

    assertThat(read.fileProblems()).isEmpty();
    assertThat(read.rows()).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void aGuestBecomesAGuestParticipantWhoseUnitIsTheOrganisation() {
    ListReading<DelegateRow> read =
        read("Họ và tên,Đơn vị,Khách mời\nNguyễn Trọng Bình,Sở Nội vụ,x\n");

    Participant p = read.rows().get(0).toParticipant(true);

    assertThat(p.kind()).isEqualTo(ParticipantKind.GUEST);
    assertThat(p.organisation()).isEqualTo("Sở Nội vụ");
    assertThat(p.unitName()).isNull();
    assertThat(p.entitledToVote()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Chủ tọa|CHAIR",
        "CHU TRI|CHAIR",
        "Chairperson|CHAIR",
        "Thư kí|SECRETARY",
        "Secretary|SECRETARY",
        "Trưởng ban|COUNTING_HEAD",
        "Ủy viên|COUNTING_MEMBER",
        "member|COUNTING_MEMBER",
        "Đại biểu|NONE",
        "delegate|NONE",
      })
  void roleWordsInEitherLanguage(String word, Role role) {
    ListReading<DelegateRow> read = read("Họ và tên,Vai trò\nNguyễn Văn An," + word + "\n");

    assertThat(read.rows().get(0).role()).isEqualTo(role);
    assertThat(read.rows().get(0).ok()).isTrue();
  }

  @Test
  void anUnknownRoleWordIsMarkedWithTheWord() {
    ListReading<DelegateRow> read = read("Họ và tên,Vai trò\nNguyễn Văn An,Phát biểu\n");

    DelegateRow row = read.rows().get(0);
    assertThat(row.problems())
        .containsExactly(Problem.of("ROLE", "import.row.roleUnknown", "Phát biểu"));
  }

  @Test
  void anUnknownGuestWordIsMarked() {
    ListReading<DelegateRow> read = read("Họ và tên,Khách mời\nNguyễn Văn An,có lẽ\n");

    assertThat(keys(read.rows().get(0))).containsExactly("import.row.guestUnknown");
  }

  @Test
  void aDelegateOfAUnitNotInTheListIsMarked() {
    ListReading<DelegateRow> read = read("Họ và tên,Đơn vị\nNguyễn Văn An,Sở Y tế\n");

    assertThat(read.rows().get(0).problems())
        .containsExactly(Problem.of("UNIT", "import.row.unitUnknown", "Sở Y tế"));
  }

  @Test
  void theSamePersonTwiceInOneUnitIsMarkedButNamesakesInOtherUnitsAreNot() {
    ListReading<DelegateRow> read =
        read(
            "Họ và tên,Đơn vị\n"
                + "Nguyễn Văn An,STNMT\n"
                + "Nguyễn Văn An,PTTH\n"
                + "nguyễn văn  an,Sở Tài nguyên và Môi trường\n");

    assertThat(read.rows())
        .extracting(DelegateListReaderTest::keys)
        .containsExactly(List.of(), List.of(), List.of("import.row.duplicatePerson"));
    assertThat(read.rows().get(2).problems().get(0).args()).containsExactly(2);
  }

  @Test
  void blankAndOverlongNamesAreMarked() {
    String longName = "Nguyễn " + "A".repeat(DelegateListReader.MAX_NAME);
    ListReading<DelegateRow> read =
        read("Họ và tên,Chức vụ\n,Giám đốc\n" + longName + ",Phó Giám đốc\n");

    assertThat(read.rows().get(0).problems())
        .containsExactly(Problem.of("NAME", "import.row.nameBlank"));
    assertThat(read.rows().get(1).problems())
        .containsExactly(Problem.of("NAME", "import.row.tooLong.name", longName.length(), 300));
  }

  @Test
  void aDelegateListWithoutAHeaderIsRefused() {
    ListReading<DelegateRow> read = read("Nguyễn Văn An\nTrần Thị Bình\n");

    assertThat(read.readable()).isFalse();
    assertThat(read.fileProblems())
        .extracting(Problem::messageKey)
        .containsExactly("import.file.noNameColumn.delegates");
    assertThat(read.rows()).isEmpty();
  }
}
