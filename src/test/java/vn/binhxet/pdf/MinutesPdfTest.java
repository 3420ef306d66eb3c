package vn.binhxet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.MinutesFacts;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.DocumentService;
import vn.binhxet.ui.Fakes;

/** The demo conference's minutes read back from the PDF, in both styles. */
class MinutesPdfTest {
  /** 08:30 in Bắc Ninh on the day of the demo conference. */
  static final Clock ON_THE_DAY =
      Clock.fixed(Instant.parse("2018-12-03T01:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  @TempDir static Path dir;
  static Database db;
  static long id;
  static DocumentService documents;
  static final Map<DocumentStyle, PdfReading> minutes = new EnumMap<>(DocumentStyle.class);
  static final Map<DocumentStyle, MinutesFacts> facts = new EnumMap<>(DocumentStyle.class);

  @BeforeAll
  static void writeTheDemoMinutes() {
    db = Database.open(dir);
    var stack = Fakes.stack(db, ON_THE_DAY);
    id = stack.demo().create();
    stack.agenda().goToStep(id, 1);
    stack
        .agenda()
        .saveNotes(
            id,
            4,
            "Đại diện Ban Nội chính Tỉnh uỷ trình bày báo cáo tổng kết.\n"
                + "Các đơn vị nhất trí với nội dung báo cáo.");
    documents = DocumentFixtures.documents(db, ON_THE_DAY);
    for (DocumentStyle style : DocumentStyle.values()) {
      facts.put(style, documents.facts(id, style));
      minutes.put(style, new PdfReading(documents.minutes(id, style)));
    }
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void theHeadingCarriesTheIssuerTheStylesMottoAndTheDateLine(DocumentStyle style) {
    String first = minutes.get(style).pages.get(0);
    assertThat(first).contains("TỈNH ỦY BẮC NINH", "BAN NỘI CHÍNH", "BIÊN BẢN");
    assertThat(first).contains("Bắc Ninh, ngày 03 tháng 12 năm 2018");
    assertThat(first)
        .contains("Hội nghị bình xét và tổng kết công tác thi đua khen thưởng năm 2018");
    if (style == DocumentStyle.PARTY) {
      assertThat(first).contains("ĐẢNG CỘNG SẢN VIỆT NAM").doesNotContain("CỘNG HÒA");
    } else {
      assertThat(first)
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
          .doesNotContain("ĐẢNG CỘNG SẢN");
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void everySectionTellsTheRecordedFacts(DocumentStyle style) {
    String text = minutes.get(style).flat();
    assertThat(text)
        .contains(
            "(Hội nghị mẫu: số phiếu trong văn bản này chỉ để minh họa.)",
            "Thời gian bắt đầu: 08 giờ 30 phút, ngày 03 tháng 12 năm 2018.",
            "Địa điểm: Hội trường Ban Nội chính Tỉnh uỷ.",
            "Nguyễn Trọng Bình, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh",
            "Lãnh đạo các đơn vị thành viên có mặt (11/11): Văn phòng Tỉnh uỷ;",
            "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh",
            "Đơn vị vắng mặt: không.",
            "Hội nghị có 11/11 đơn vị thành viên có mặt, đủ số lượng theo quy định"
                + " (từ 2/3 số đơn vị thành viên trở lên).",
            "Chủ trì: Lãnh đạo Ban Nội chính Tỉnh uỷ.",
            "Thư ký: Cán bộ Ban Nội chính Tỉnh uỷ.",
            "Đại diện Ban Nội chính Tỉnh uỷ trình bày báo cáo tổng kết.",
            "Hình thức: bỏ phiếu kín. Có mặt: 11/11 đơn vị.",
            "phải đạt từ 70% số đơn vị có mặt trở lên; đề nghị không quá 01 đơn vị.",
            "số phiếu phát ra 11, số phiếu thu vào 11, số phiếu hợp lệ 10, số phiếu không hợp lệ 1"
                + " (chọn quá số lượng quy định: 1).",
            "90,91%",
            "Hội nghị thống nhất đề nghị Cờ thi đua của Chính phủ cho Ban Nội chính Tỉnh uỷ.",
            "Hội nghị thống nhất đề nghị Cờ thi đua của UBND tỉnh cho 02 đơn vị là"
                + " Ban Tuyên giáo Tỉnh uỷ và Ban Dân vận Tỉnh uỷ.",
            "Hình thức: biểu quyết giơ tay.",
            "cho 04 đơn vị là Uỷ ban Kiểm tra Tỉnh uỷ; Đảng uỷ Khối các cơ quan tỉnh;"
                + " Trường Chính trị Nguyễn Văn Cừ và Báo Bắc Ninh.",
            "Hội nghị thống nhất bầu Ban Tuyên giáo Tỉnh uỷ làm đơn vị Trưởng khối năm 2019.",
            "Biên bản đã được đọc lại và thông qua trước Hội nghị, với 11/11 đơn vị có mặt tán"
                + " thành (100%).",
            "Hội nghị kết thúc vào hồi",
            "Nơi nhận:",
            "- Hội đồng Thi đua - Khen thưởng tỉnh;");
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void aShowOfHandsTableHasForAgainstAndAbstainPerUnit(DocumentStyle style) {
    // Uỷ ban Kiểm tra Tỉnh uỷ: 9 for, 1 against, 1 abstaining = 81,82% of 11.
    assertThat(minutes.get(style).all()).containsPattern("Uỷ ban Kiểm tra Tỉnh uỷ 9 1 1 81,82%");
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void theFooterCarriesTheAuditHeadAtPrintingTime(DocumentStyle style) {
    MinutesFacts f = facts.get(style);
    assertThat(f.audit().hash()).hasSize(64);
    for (String page : minutes.get(style).pages) {
      assertThat(page).contains("mã đối chiếu " + f.audit().shortHash());
      assertThat(page).contains("nhật ký " + f.audit().entries() + " mục");
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void pagesAreA4WithEveryFontEmbeddedAndTextInNfc(DocumentStyle style) {
    PdfReading pdf = minutes.get(style);
    assertThat(pdf.pages).hasSizeGreaterThan(1);
    for (Rectangle size : pdf.sizes) {
      assertThat(size.getWidth()).isEqualTo(PageSize.A4.getWidth());
      assertThat(size.getHeight()).isEqualTo(PageSize.A4.getHeight());
    }
    assertThat(pdf.fontsEmbedded).isNotEmpty().doesNotContain(false);
    assertThat(pdf.fontNames).allMatch(n -> n.contains("LiberationSerif"));
    assertThat(Normalizer.isNormalized(pdf.all(), Normalizer.Form.NFC)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void theBodyStaysInsideTheStylesMargins(DocumentStyle style) {
    PageFormat f = PageFormat.of(style);
    PdfReading pdf = minutes.get(style);
    float width = PageSize.A4.getWidth();
    float height = PageSize.A4.getHeight();
    List<String> outside = new ArrayList<>();
    for (PdfReading.Run run : pdf.runs) {
      Rectangle b = run.box();
      boolean pageNumber = b.getY() > height - f.top();
      boolean footer = b.getTop() < f.bottom();
      if (pageNumber) {
        assertThat(run.text()).as("only the page number sits in the top margin").matches("\\d+");
        continue;
      }
      if (footer) {
        continue;
      }
      if (b.getX() < f.left() - 0.5f
          || b.getRight() > width - f.right() + 0.5f
          || b.getY() < f.bottom() - 0.5f
          || b.getTop() > height - f.top() + 0.5f) {
        outside.add(run.page() + ": " + run.text() + " " + b);
      }
    }
    assertThat(outside).isEmpty();
    // The page numbers start on the second page, as both formats want.
    assertThat(pdf.runs)
        .filteredOn(r -> r.page() == 1 && r.box().getY() > height - f.top())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DocumentStyle.class)
  void theSignatureBlocksAreOnTheLastPageWithTheNames(DocumentStyle style) {
    long named = DocumentFixtures.storeNamedDemo(db);
    PdfReading pdf = new PdfReading(documents.minutes(named, style));
    String last = pdf.last();
    assertThat(last).contains("THƯ KÝ", "CHỦ TRÌ", "Trần Thị Bích", "Nguyễn Văn An");
    assertThat(last).contains("Biên bản đã được đọc lại và thông qua trước Hội nghị");
    // Secretary on the left, chair on the right.
    float secretary = x(pdf, "THƯ KÝ");
    float chair = x(pdf, "CHỦ TRÌ");
    assertThat(secretary).isLessThan(chair);
  }

  private static float x(PdfReading pdf, String text) {
    return pdf.runs.stream()
        .filter(r -> r.page() == pdf.pages.size() && r.text().contains(text))
        .findFirst()
        .orElseThrow()
        .box()
        .getX();
  }

  @Test
  void theStyleDefaultsToTheConferencesOwn() {
    assertThat(documents.facts(id, null).style())
        .isEqualTo(DemoConference.create().header().style());
  }
}
