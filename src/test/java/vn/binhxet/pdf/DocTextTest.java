package vn.binhxet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.InvalidReason;

/** The documents' wording: every key the writers use exists, and the fixed phrases read right. */
class DocTextTest {
  private final DocText text = new DocText();

  @Test
  void everyKeyTheWritersUseExists() throws IOException {
    Pattern key = Pattern.compile("text\\.get\\(\\s*\"([a-zA-Z0-9_.]+[a-zA-Z0-9_])\"");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/binhxet/pdf"))) {
      for (Path f : files.toList()) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          found++;
          if (!text.has(m.group(1))) {
            missing.add(m.group(1));
          }
        }
      }
    }
    assertThat(found).isGreaterThan(50);
    assertThat(missing).isEmpty();
    for (VotingMethod v : VotingMethod.values()) {
      assertThat(text.has("told.method." + v.name())).isTrue();
    }
    for (InvalidReason r : InvalidReason.values()) {
      assertThat(text.has("invalid." + r.name())).isTrue();
    }
    for (Comparison c : Comparison.values()) {
      assertThat(text.has("rule." + c.name())).isTrue();
    }
    for (VoterBasis v : VoterBasis.values()) {
      assertThat(text.has("told.voters." + v.name())).isTrue();
      for (ThresholdBase b : ThresholdBase.values()) {
        assertThat(text.has("rule.base." + v.name() + "." + b.name())).isTrue();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2018-12-03, ngày 03 tháng 12 năm 2018",
    "2020-01-05, ngày 05 tháng 01 năm 2020",
    "2021-02-25, ngày 25 tháng 02 năm 2021",
    "2024-03-10, ngày 10 tháng 3 năm 2024"
  })
  void datesAreWrittenAsDecree30WritesThem(java.time.LocalDate date, String expected) {
    assertThat(new Words(text).date(date)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"100.00, 100%", "90.91, '90,91%'", "72.70, '72,70%'", "0.00, 0%"})
  void percentagesTakeADecimalCommaAndNoEmptyDecimals(java.math.BigDecimal p, String expected) {
    assertThat(Words.percent(p)).isEqualTo(expected);
  }
}
