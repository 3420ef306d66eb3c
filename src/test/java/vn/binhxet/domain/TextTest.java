package vn.binhxet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
  @ParameterizedTest
  @CsvSource({
    "Ban Tuyên giáo Tỉnh uỷ",
    "Trường Chính trị Nguyễn Văn Cừ",
    "Đảng uỷ Khối doanh nghiệp tỉnh"
  })
  void decomposedVietnameseEntersTheAppComposed(String composed) {
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(Unit.named(decomposed).name()).isEqualTo(composed);
    assertThat(Text.optional("  " + decomposed + "\t")).isEqualTo(composed);
  }

  @ParameterizedTest
  @CsvSource(
      value = {"''", "'   '", "NULL"},
      nullValues = "NULL")
  void blankTextIsAbsent(String blank) {
    assertThat(Text.optional(blank)).isNull();
  }
}
