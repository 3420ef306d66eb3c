package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * The sentences suggested for the demo conference's notes, word for word, as the secretary would
 * find them after running it from 8:00 to 11:30 on 3 December 2018 in Bắc Ninh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteSuggestionsTest {
  static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @TempDir static Path dir;
  private Database db;
  private Fakes.Stack s;
  private final SteppedClock clock = new SteppedClock(at(7, 45));
  private Map<Integer, String> run;
  private Map<Integer, String> fresh;
  private NoteSuggestions.Facts facts;

  @BeforeAll
  void runTheDemo() {
    db = Database.open(dir);
    s = Fakes.stack(db, clock);
    long fresh = s.conferences().createDemo();
    DemoConference.UNITS.stream().limit(9).forEach(u -> s.votes().checkIn(fresh, u, true));
    long demo = s.demo().create();
    int steps = DemoConference.create().agenda().size();
    for (int p = 1; p <= steps; p++) {
      clock.now = at(8, 0).plusSeconds(20L * 60 * (p - 1));
      s.agenda().goToStep(demo, p);
    }
    clock.now = at(11, 30);
    s.agenda().finish(demo);
    this.run = s.agenda().suggestions(demo);
    this.fresh = s.agenda().suggestions(fresh);
    this.facts =
        new NoteSuggestions.Facts(
            s.conferences().open(demo).conference(),
            s.votes().attendance(demo),
            s.votes().delegatesPresent(demo),
            s.votes().outcomes(demo),
            s.agenda().progress(demo),
            HANOI);
  }

  @AfterAll
  void close() {
    db.close();
  }

  static Stream<Arguments> theDemoRunToItsEnd() {
    return Stream.of(
        Arguments.of(
            1,
            "Hội nghị khai mạc vào hồi 8 giờ 00 phút. Có mặt 11/11 đơn vị thành viên của Khối."
                + " Đại biểu khách mời: đồng chí Nguyễn Trọng Bình, Phó Chủ tịch Hội đồng Thi đua -"
                + " Khen thưởng tỉnh, Phó Giám đốc Sở Nội vụ. Chủ trì Hội nghị: Lãnh đạo Ban Nội chính"
                + " Tỉnh uỷ. Thư ký Hội nghị: Cán bộ Ban Nội chính Tỉnh uỷ."),
        Arguments.of(
            2,
            "Hội nghị lấy ý kiến về nội dung “Thông qua chương trình hội nghị” bằng hình thức"
                + " biểu quyết giơ tay. Số đơn vị có mặt: 11/11. Kết quả: 11 đơn vị tán thành"
                + " (100,00% số đơn vị có mặt). Nội dung được thông qua."),
        Arguments.of(
            3,
            "Hội nghị lấy ý kiến về nội dung “Bầu Ban kiểm phiếu” bằng hình thức biểu quyết giơ"
                + " tay. Số đơn vị có mặt: 11/11. Kết quả: 11 đơn vị tán thành (100,00% số đơn vị có"
                + " mặt). Nội dung được thông qua."),
        Arguments.of(
            4,
            "Đại diện Ban Nội chính Tỉnh uỷ, đơn vị Trưởng khối năm 2018, trình bày Báo cáo tổng"
                + " kết công tác thi đua, khen thưởng năm 2018 và phương hướng, nhiệm vụ năm 2019."),
        Arguments.of(5, ""),
        Arguments.of(
            6,
            "Hội nghị thống nhất số lượng đề nghị và tỷ lệ cần đạt: Cờ thi đua của Chính phủ: 1"
                + " đơn vị, cần đạt ≥ 70% số đơn vị có mặt; Cờ thi đua của UBND tỉnh: 2 đơn vị, cần"
                + " đạt ≥ 70% số đơn vị có mặt; Bằng khen của Chủ tịch UBND tỉnh: 4 đơn vị, cần đạt ≥"
                + " 70% số đơn vị có mặt."),
        Arguments.of(
            7,
            "Hội nghị bình xét, suy tôn đề nghị tặng Cờ thi đua của Chính phủ bằng hình thức bỏ"
                + " phiếu kín. Số đơn vị có mặt: 11/11. Số phiếu phát ra: 11; thu vào: 11; hợp lệ:"
                + " 11; không hợp lệ: 0. Kết quả (tỷ lệ trên số đơn vị có mặt): Ban Nội chính Tỉnh"
                + " uỷ: 10 phiếu (90,91%); Ban Tuyên giáo Tỉnh uỷ: 1 phiếu (9,09%). Hội nghị thống"
                + " nhất đề nghị tặng Cờ thi đua của Chính phủ cho: Ban Nội chính Tỉnh uỷ."),
        Arguments.of(
            8,
            "Hội nghị bình xét, suy tôn đề nghị tặng Cờ thi đua của UBND tỉnh bằng hình thức bỏ"
                + " phiếu kín. Số đơn vị có mặt: 11/11. Số phiếu phát ra: 11; thu vào: 11; hợp lệ:"
                + " 10; không hợp lệ: 1. Kết quả (tỷ lệ trên số đơn vị có mặt): Ban Tuyên giáo Tỉnh"
                + " uỷ: 9 phiếu (81,82%); Ban Dân vận Tỉnh uỷ: 8 phiếu (72,73%); Uỷ ban Kiểm tra"
                + " Tỉnh uỷ: 2 phiếu (18,18%); Đảng uỷ Khối các cơ quan tỉnh: 1 phiếu (9,09%). Hội"
                + " nghị thống nhất đề nghị tặng Cờ thi đua của UBND tỉnh cho: Ban Tuyên giáo Tỉnh"
                + " uỷ; Ban Dân vận Tỉnh uỷ."),
        Arguments.of(
            9,
            "Hội nghị bình xét, suy tôn đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh bằng hình"
                + " thức biểu quyết giơ tay. Số đơn vị có mặt: 11/11. Kết quả (tỷ lệ trên số đơn vị"
                + " có mặt): Uỷ ban Kiểm tra Tỉnh uỷ: 9 đơn vị tán thành (81,82%); Đảng uỷ Khối các"
                + " cơ quan tỉnh: 9 đơn vị tán thành (81,82%); Trường Chính trị Nguyễn Văn Cừ: 8 đơn"
                + " vị tán thành (72,73%); Báo Bắc Ninh: 8 đơn vị tán thành (72,73%); Văn phòng"
                + " Tỉnh uỷ: 3 đơn vị tán thành (27,27%); Ban Tổ chức Tỉnh uỷ: 2 đơn vị tán thành"
                + " (18,18%); Đảng uỷ Khối doanh nghiệp tỉnh: 2 đơn vị tán thành (18,18%); Ban Bảo"
                + " vệ, chăm sóc sức khoẻ cán bộ tỉnh: 1 đơn vị tán thành (9,09%). Hội nghị thống"
                + " nhất đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho: Uỷ ban Kiểm tra Tỉnh uỷ;"
                + " Đảng uỷ Khối các cơ quan tỉnh; Trường Chính trị Nguyễn Văn Cừ; Báo Bắc Ninh."),
        Arguments.of(
            10,
            "Hội nghị bầu đơn vị Trưởng khối năm 2019 bằng hình thức biểu quyết giơ tay. Số đơn"
                + " vị có mặt: 11/11. Kết quả (tỷ lệ trên số đơn vị có mặt): Ban Tuyên giáo Tỉnh uỷ:"
                + " 11 đơn vị tán thành (100,00%). Hội nghị thống nhất bầu Ban Tuyên giáo Tỉnh uỷ"
                + " làm đơn vị Trưởng khối năm 2019."),
        Arguments.of(
            11,
            "Hội nghị lấy ý kiến về nội dung “Thông qua biên bản hội nghị” bằng hình thức biểu"
                + " quyết giơ tay. Số đơn vị có mặt: 11/11. Kết quả: 11 đơn vị tán thành (100,00%"
                + " số đơn vị có mặt). Nội dung được thông qua. Hội nghị kết thúc vào hồi 11 giờ 30"
                + " phút cùng ngày."));
  }

  @ParameterizedTest(name = "step {0}")
  @MethodSource
  void theDemoRunToItsEnd(int step, String expected) {
    assertThat(run.get(step)).isEqualTo(expected);
  }

  static Stream<Arguments> beforeAnythingIsDecided() {
    return Stream.of(
        Arguments.of(
            1,
            "Có mặt 9/11 đơn vị thành viên của Khối; vắng mặt: Báo Bắc Ninh; Ban Bảo vệ, chăm"
                + " sóc sức khoẻ cán bộ tỉnh. Đại biểu khách mời: đồng chí Nguyễn Trọng Bình, Phó"
                + " Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh, Phó Giám đốc Sở Nội vụ. Chủ trì"
                + " Hội nghị: Lãnh đạo Ban Nội chính Tỉnh uỷ. Thư ký Hội nghị: Cán bộ Ban Nội chính"
                + " Tỉnh uỷ."),
        Arguments.of(2, ""),
        Arguments.of(7, ""),
        Arguments.of(10, ""),
        Arguments.of(11, ""));
  }

  @ParameterizedTest(name = "step {0}")
  @MethodSource
  void beforeAnythingIsDecided(int step, String expected) {
    assertThat(fresh.get(step)).isEqualTo(expected);
  }

  static Stream<Arguments> inEnglishForTheBundlesSake() {
    return Stream.of(
        Arguments.of(
            2,
            "The conference voted on “Thông qua chương trình hội nghị” by show of hands. Present:"
                + " 11 of 11 units. Result: 11 units in favour (100.00% of the units present)."
                + " The motion was carried."),
        Arguments.of(
            11,
            "The conference voted on “Thông qua biên bản hội nghị” by show of hands. Present:"
                + " 11 of 11 units. Result: 11 units in favour (100.00% of the units present)."
                + " The motion was carried. The conference closed at 11:30 the same day."));
  }

  @ParameterizedTest(name = "step {0}")
  @MethodSource
  void inEnglishForTheBundlesSake(int step, String expected) {
    assertThat(new NoteSuggestions(new Messages(Messages.ENGLISH)).step(facts, step))
        .isEqualTo(expected);
  }

  static Instant at(int hour, int minute) {
    return LocalDateTime.of(2018, 12, 3, hour, minute).atZone(HANOI).toInstant();
  }

  /** A clock the test moves from step to step. */
  static final class SteppedClock extends Clock {
    Instant now;

    SteppedClock(Instant start) {
      this.now = start;
    }

    @Override
    public ZoneId getZone() {
      return HANOI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
