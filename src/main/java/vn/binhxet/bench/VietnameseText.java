package vn.binhxet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.binhxet.domain.Text;

/**
 * Made-up but plausible Vietnamese names and minutes notes for the large conference, from a seeded
 * {@link Random}: the same seed gives the same conference. Every string is NFC, as the app stores
 * text.
 */
final class VietnameseText {
  private static final List<String> OFFICES =
      List.of(
          "Phòng Nội vụ",
          "Phòng Tài chính - Kế hoạch",
          "Phòng Giáo dục và Đào tạo",
          "Phòng Y tế",
          "Phòng Tư pháp",
          "Phòng Văn hóa và Thông tin",
          "Phòng Tài nguyên và Môi trường",
          "Phòng Kinh tế",
          "Phòng Quản lý đô thị",
          "Phòng Lao động - Thương binh và Xã hội");

  private static final List<String> PLACES =
      List.of(
          "thành phố Bắc Ninh",
          "thị xã Từ Sơn",
          "huyện Yên Phong",
          "huyện Quế Võ",
          "huyện Tiên Du",
          "huyện Thuận Thành",
          "huyện Gia Bình",
          "huyện Lương Tài",
          "thành phố Thái Nguyên",
          "huyện Đại Từ",
          "huyện Phú Lương",
          "huyện Định Hóa",
          "thành phố Cà Mau",
          "huyện Đầm Dơi",
          "huyện Ngọc Hiển",
          "huyện Trần Văn Thời",
          "huyện Củ Chi",
          "huyện Hóc Môn",
          "huyện Nhà Bè",
          "huyện Cần Giờ");

  private static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý");

  private static final List<String> MIDDLE =
      List.of(
          "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Thu", "Hồng", "Xuân",
          "Thế");

  private static final List<String> GIVEN =
      List.of(
          "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng", "Hương",
          "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Phương", "Quang",
          "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến");

  private static final List<String> TITLES =
      List.of("Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên chính", "Kế toán");

  private static final List<String> SENTENCES =
      List.of(
          "Năm qua, đơn vị đã triển khai đồng bộ các phong trào thi đua yêu nước, gắn với việc"
              + " thực hiện nhiệm vụ chính trị được giao.",
          "Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch; công tác cải cách hành chính có nhiều"
              + " chuyển biến rõ nét.",
          "Đại biểu đề nghị tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua, tránh"
              + " hình thức, chạy theo thành tích.",
          "Việc bình xét khen thưởng được thực hiện công khai, dân chủ, đúng đối tượng, đúng tiêu"
              + " chuẩn theo quy định của Luật Thi đua, khen thưởng.",
          "Một số đơn vị còn chậm gửi báo cáo và hồ sơ đề nghị khen thưởng, ảnh hưởng đến tiến"
              + " độ chung của Khối.",
          "Hội nghị thống nhất cao với dự thảo báo cáo tổng kết và phương hướng, nhiệm vụ năm"
              + " tới.",
          "Đồng chí đại diện Hội đồng Thi đua - Khen thưởng tỉnh ghi nhận những kết quả đạt được"
              + " và lưu ý việc nhân rộng các điển hình tiên tiến.",
          "Các đơn vị thành viên đã ký kết giao ước thi đua, đăng ký danh hiệu và hình thức khen"
              + " thưởng ngay từ đầu năm.",
          "Công tác tuyên truyền, phát hiện, bồi dưỡng và nhân rộng gương người tốt, việc tốt"
              + " được quan tâm thực hiện thường xuyên.",
          "Hội nghị đề nghị các đơn vị khắc phục hạn chế, tồn tại đã nêu và hoàn thành hồ sơ"
              + " trước ngày mười lăm tháng mười hai.");

  private final Random random;

  VietnameseText(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** {@code count} distinct unit names, office by place, at most 200. */
  static List<String> units(int count) {
    if (count > OFFICES.size() * PLACES.size()) {
      throw new IllegalArgumentException("at most 200 unit names: " + count);
    }
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(
          Text.nfc(
              OFFICES.get(i % OFFICES.size())
                  + " "
                  + PLACES.get(i / OFFICES.size() % PLACES.size())));
    }
    return out;
  }

  /** {@code count} full names; two people may share one, as in life. */
  List<String> people(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(Text.nfc(pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN)));
    }
    return out;
  }

  String title() {
    return pick(TITLES);
  }

  /** A note of at least {@code chars} characters, whole sentences. */
  String note(int chars) {
    StringBuilder b = new StringBuilder();
    while (b.length() < chars) {
      if (b.length() > 0) {
        b.append(random.nextInt(4) == 0 ? "\n" : " ");
      }
      b.append(pick(SENTENCES));
    }
    return Text.nfc(b.toString());
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
