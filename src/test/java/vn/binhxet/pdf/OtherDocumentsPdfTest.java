package vn.binhxet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.DocumentService;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.NewConference;
import vn.binhxet.ui.Fakes;

/** Counting records, ballot papers, the attendance sheet, and what the minutes tell of changes. */
class OtherDocumentsPdfTest {
  @TempDir static Path dir;
  static Database db;
  static Fakes.Stack stack;
  static DocumentService documents;
  static long demo;

  @BeforeAll
  static void open() {
    db = Database.open(dir);
    stack = Fakes.stack(db, MinutesPdfTest.ON_THE_DAY);
    demo = stack.demo().create();
    documents = DocumentFixtures.documents(db, MinutesPdfTest.ON_THE_DAY);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @ParameterizedTest
  @CsvSource({"PARTY, T/M BAN KIỂM PHIẾU", "STATE, TM. BAN KIỂM PHIẾU"})
  void aCountingRecordPerSecretBallotSignedByTheCommittee(DocumentStyle style, String onBehalf) {
    PdfReading pdf = new PdfReading(documents.countingRecords(demo, style));
    String text = pdf.flat();
    assertThat(text.split("BIÊN BẢN KIỂM PHIẾU", -1)).hasSize(3);
    assertThat(text)
        .contains(
            "Bình xét, suy tôn Cờ thi đua của Chính phủ năm 2018",
            "Bình xét, suy tôn Cờ thi đua của UBND tỉnh năm 2018",
            "Số đơn vị thành viên được triệu tập: 11.",
            "Số phiếu phát ra: 11.",
            "Số phiếu thu vào: 11.",
            "Số phiếu hợp lệ: 10.",
            "Số phiếu không hợp lệ: 1, trong đó: chọn quá số lượng quy định: 1.",
            "Ban Tuyên giáo Tỉnh uỷ 9 81,82%",
            "– Trưởng ban",
            "– Ủy viên",
            onBehalf,
            "TRƯỞNG BAN",
            "ỦY VIÊN");
    assertThat(pdf.fontsEmbedded).doesNotContain(false);
  }

  @Test
  void aCountingRecordNamesTheCommitteeWhenTheirNamesAreRecorded() {
    long named = DocumentFixtures.storeNamedDemo(db);
    for (int u = 0; u < vn.binhxet.domain.DemoConference.UNITS.size(); u++) {
      stack.votes().checkIn(named, vn.binhxet.domain.DemoConference.UNITS.get(u), true);
    }
    RoundRef ref = stack.votes().openRound(named, 3, EntryMode.BALLOT_TOTALS, null);
    stack.entries().recordAccounting(ref, 11, 11, java.util.Map.of());
    stack.entries().recordBallotTotal(ref, vn.binhxet.domain.DemoConference.HOST, 11, null);
    stack.votes().closeRound(ref, true);
    String last = new PdfReading(documents.countingRecords(named, DocumentStyle.PARTY)).last();
    assertThat(last).contains("Lê Văn Cường", "TRƯỞNG BAN");
  }

  @Test
  void noCountingRecordBeforeASecretBallotIsCounted() {
    long named = DocumentFixtures.storeNamedDemo(db);
    assertThatThrownBy(() -> documents.countingRecords(named, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void ballotPapersForEachSecretBallotWithTheQuotaAndAStampBox() {
    PdfReading pdf = new PdfReading(documents.ballotPapers(demo, 3));
    String text = pdf.flat();
    // Two secret ballots held, three copies each.
    assertThat(text.split("PHIẾU BẦU", -1)).hasSize(7);
    assertThat(text)
        .contains(
            "Dấu của Ban kiểm phiếu",
            "Bình xét, suy tôn Cờ thi đua của Chính phủ năm 2018",
            "Chọn không quá 01 đơn vị",
            "Chọn không quá 02 đơn vị",
            "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh");
    // The provincial flag's pool leaves out the unit nominated for the Government's.
    assertThat(pdf.pages).hasSizeLessThanOrEqualTo(4);
  }

  @Test
  void ballotPapersBeforeVotingListTheAwardsPool() {
    long named = DocumentFixtures.storeNamedDemo(db);
    var ballots = documents.ballotFacts(named, null);
    assertThat(ballots).hasSize(2);
    assertThat(ballots.get(0).options()).hasSize(11);
    assertThat(ballots.get(0).copies()).isEqualTo(11);
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void theAttendanceSheetHasASignatureColumnPerPerson(DocumentStyle style) {
    String text = new PdfReading(documents.attendanceSheet(demo, style)).flat();
    assertThat(text)
        .contains(
            "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ",
            "Ký tên",
            "Nguyễn Trọng Bình",
            "Đại biểu các đơn vị thành viên",
            "Tổng số: 16 đại biểu; 11 đơn vị thành viên.");
  }

  @Test
  void theMinutesTellAReopenedRoundAndWhy() {
    long id = stack.demo().create();
    RoundRef ref = new RoundRef(id, 5, 1);
    stack.votes().reopenRound(ref, "Nhập nhầm số phiếu của Báo Bắc Ninh");
    stack.votes().closeRound(ref, true);
    String text = new PdfReading(documents.minutes(id, DocumentStyle.PARTY)).flat();
    assertThat(text)
        .contains(
            "Kết quả vòng 1 đã được mở lại để nhập lại; lý do: Nhập nhầm số phiếu của Báo Bắc"
                + " Ninh.");
    assertThat(documents.facts(id, null).vote(5).rounds().get(0).reopenReasons())
        .containsExactly("Nhập nhầm số phiếu của Báo Bắc Ninh");
  }

  @Test
  void aLongTableBreaksAcrossPagesWithItsHeaderRepeated() {
    List<String> units = IntStream.rangeClosed(1, 60).mapToObj(i -> "Đơn vị số " + i).toList();
    long id =
        stack
            .conferences()
            .create(
                new NewConference(
                    "Khối thi đua thử",
                    2024,
                    "Hội nghị tổng kết năm 2024",
                    java.time.LocalDate.of(2018, 12, 3),
                    "Hội trường",
                    DocumentStyle.STATE,
                    units,
                    0,
                    0,
                    5));
    units.forEach(u -> stack.votes().checkIn(id, u, true));
    int nomination =
        stack.conferences().open(id).conference().votes().stream()
                .map(v -> v.kind())
                .toList()
                .indexOf(vn.binhxet.domain.VoteKind.NOMINATION)
            + 1;
    RoundRef ref = stack.votes().openRound(id, nomination, EntryMode.HANDS, null);
    for (int i = 0; i < units.size(); i++) {
      stack.entries().recordHands(ref, units.get(i), new HandsCount(60 - i, i, 0));
    }
    stack.votes().closeRound(ref, true);
    PdfReading pdf = new PdfReading(documents.minutes(id, DocumentStyle.STATE));
    List<Integer> pagesWithRows = new ArrayList<>();
    for (int p = 0; p < pdf.pages.size(); p++) {
      if (java.util.regex.Pattern.compile("Đơn vị số \\d+ \\d+ \\d+ \\d+ ")
          .matcher(pdf.pages.get(p))
          .find()) {
        pagesWithRows.add(p);
      }
    }
    assertThat(pagesWithRows).hasSizeGreaterThan(1);
    for (int p : pagesWithRows) {
      assertThat(pdf.pages.get(p)).as("page %d", p + 1).contains("STT", "Tỷ lệ", "Kết quả");
    }
    assertThat(pdf.flat()).contains("Đơn vị số 60 1 59 0 1,67%");
  }
}
