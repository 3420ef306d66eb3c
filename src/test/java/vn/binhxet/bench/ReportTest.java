package vn.binhxet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.service.Messages;

class ReportTest {
  @ParameterizedTest(name = "p{1} of {0} is {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "5;50;5",
        "5;1;5",
        "5;100;5",
        "3 1 2;50;2",
        "4 1 3 2;50;2",
        "1 2 3 4 5 6 7 8 9 10;90;9",
        "1 2 3 4 5 6 7 8 9 10;91;10",
        "1 2 3 4 5 6 7 8 9 10;99;10",
        "1 2 3 4 5 6 7 8 9 10;10;1",
        "1 2 3 4 5 6 7 8 9 10;11;2",
      })
  void percentilesAreNearestRank(String samples, int p, long expected) {
    long[] values =
        java.util.Arrays.stream(samples.split(" ")).mapToLong(Long::parseLong).toArray();
    assertThat(Stats.percentile(values, p)).isEqualTo(expected);
  }

  @Test
  void aPercentileOfHundredsIgnoresTheSlowestPercent() {
    long[] values = new long[500];
    for (int i = 0; i < values.length; i++) {
      values[i] = i < 495 ? 10 : 1_000;
    }
    assertThat(Stats.percentile(values, 99)).isEqualTo(10);
    values[494] = 1_000;
    assertThat(Stats.percentile(values, 99)).isEqualTo(1_000);
  }

  @Test
  void noSamplesOrAPercentileOutOfRangeIsRefused() {
    assertThatThrownBy(() -> Stats.percentile(new long[0], 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(new long[] {1}, 101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void warmUpSamplesAreDropped() {
    assertThat(Stats.afterWarmUp(new long[] {9, 9, 1, 2}, 2)).containsExactly(1, 2);
    assertThat(Stats.afterWarmUp(new long[] {9}, 5)).isEmpty();
  }

  @ParameterizedTest(name = "{2} against {3} at most {0}/{1} times: {4}")
  @CsvSource({
    "6, 5, 1200, 1000, HOLDS",
    "6, 5, 1201, 1000, FAILS",
    "6, 5, 999, 1000, HOLDS",
    "2, 1, 2000, 1000, HOLDS",
    "2, 1, 2001, 1000, FAILS",
    "6, 5, 6, 5, HOLDS",
    "6, 5, 7, 5, FAILS",
  })
  void aRatioBudgetIsCheckedExactly(long num, long den, long value, long baseline, String verdict) {
    assertThat(Budget.timesBaseline(num, den).check(value, baseline))
        .isEqualTo(Budget.Verdict.valueOf(verdict));
  }

  @ParameterizedTest(name = "{1} under {0}: {2}")
  @CsvSource({"50, 49, HOLDS", "50, 50, FAILS", "50, 51, FAILS", "400, 0, HOLDS"})
  void anAbsoluteBudgetIsStrict(long limit, long value, String verdict) {
    assertThat(Budget.under(limit).check(value, 0)).isEqualTo(Budget.Verdict.valueOf(verdict));
  }

  @Test
  void theRunFailsOnlyWhenACheckedBudgetFails() {
    Report report = new Report(new Messages(Messages.ENGLISH));
    report.add("a", Report.Unit.TIME, 1_000_000, 900_000L, Budget.timesBaseline(6, 5));
    report.add("b", Report.Unit.TIME, 1_000_000, null, null);
    report.skipped("c", "no display");
    assertThat(report.allHold()).isTrue();

    report.add("d", Report.Unit.BYTES, 500L << 20, null, Budget.under(400L << 20));
    assertThat(report.allHold()).isFalse();
    assertThat(report.lines())
        .extracting(Report.Line::verdict)
        .containsExactly(
            Budget.Verdict.HOLDS,
            Budget.Verdict.NONE,
            Budget.Verdict.SKIPPED,
            Budget.Verdict.FAILS);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "en;1234567;1.23 ms",
        "vi;1234567;1,23 ms",
        "en;1234567890;1,235 ms",
        "vi;1234567890;1.235 ms",
        "en;12345678;12.3 ms",
      })
  void numbersAreWrittenForTheLanguage(String lang, long nanos, String expected) {
    Report report = new Report(new Messages(java.util.Locale.forLanguageTag(lang)));
    assertThat(report.format(Report.Unit.TIME, nanos)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} bytes: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "0;0 KB",
        "511;0 KB",
        "512;1 KB",
        "2936012;2.867 KB",
      })
  void whatAnEntryAllocatesIsWrittenInKilobytes(long bytes, String expected) {
    Report report = new Report(new Messages(java.util.Locale.forLanguageTag("vi")));
    assertThat(report.format(Report.Unit.KIB, bytes)).isEqualTo(expected);
  }

  @Test
  void theTableLinesUpItsColumnsAndNamesTheVerdicts() {
    Report report = new Report(new Messages(Messages.VIETNAMESE));
    report.add(
        "Ghi một phiếu", Report.Unit.TIME, 2_000_000, 1_000_000L, Budget.timesBaseline(2, 1));
    report.add("Bộ nhớ", Report.Unit.BYTES, 500L << 20, null, Budget.under(400L << 20));
    List<String> lines = report.render().lines().toList();

    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).contains("2 ms", "1 ms", "2 ×", "≤ 2 × mức gốc", "đạt");
    assertThat(lines.get(3)).contains("500 MB", "< 400 MB", "KHÔNG ĐẠT");
    assertThat(lines.get(2).indexOf('|')).isEqualTo(lines.get(3).indexOf('|'));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "VmHWM:\t  123456 kB;126418944",
        "VmHWM: 1 kB;1024",
        "VmRSS: 1 kB;",
        "VmHWM: 12 MB;",
      })
  void thePeakResidentMemoryIsReadFromProcStatus(String line, Long bytes) {
    assertThat(ResidentMemory.peakBytes(List.of("Name:\tjava", line)))
        .isEqualTo(Optional.ofNullable(bytes));
  }

  @Test
  void aMissingStatusFileMeansNotAvailable() {
    assertThat(ResidentMemory.peakBytes(Path.of("/no/such/status"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        ";Linux;bench.skip.noDisplay",
        ":92;Linux;",
        "wayland-0;Linux;",
        ";Windows 11;",
        ";Mac OS X;",
      })
  void startupIsSkippedOnlyOnLinuxWithoutADisplay(String display, String os, String why) {
    Map<String, String> env =
        display == null
            ? Map.of()
            : display.startsWith("wayland")
                ? Map.of("WAYLAND_DISPLAY", display)
                : Map.of("DISPLAY", display);
    assertThat(StartupRuns.whyNotHere(env, os)).isEqualTo(why);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"startup-ms 812;812", "ready-ms 900;", "startup-ms x;", "startup-ms 1 2;"})
  void theStartupLineIsRead(String line, Long ms) {
    assertThat(StartupRuns.value(line, StartupRuns.STARTUP))
        .isEqualTo(ms == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(ms));
  }
}
