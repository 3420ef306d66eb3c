package vn.binhxet.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import vn.binhxet.service.Messages;

/**
 * The benchmark's table: each measure next to its baseline, their ratio, the budget where the issue
 * sets one and whether it holds. Words come from the bundles and numbers are formatted for the
 * user's language.
 */
final class Report {
  /** How a measure's numbers read. */
  enum Unit {
    /** Nanoseconds, shown as milliseconds. */
    TIME,
    /** Bytes, shown as mebibytes. */
    BYTES,
    /** Bytes, shown as kibibytes: what one action allocates. */
    KIB,
    /** A plain count. */
    COUNT
  }

  /** One row as printed. */
  record Line(
      String measure,
      String value,
      String baseline,
      String ratio,
      String budget,
      Budget.Verdict verdict) {}

  private final Messages messages;
  private final List<Line> lines = new ArrayList<>();

  Report(Messages messages) {
    this.messages = messages;
  }

  /**
   * Adds a measure. {@code baseline} may be null (none measured); {@code budget} may be null (none
   * set); a budget against the baseline needs one.
   */
  void add(String measure, Unit unit, long value, Long baseline, Budget budget) {
    Budget.Verdict verdict =
        budget == null ? Budget.Verdict.NONE : budget.check(value, baseline == null ? 0 : baseline);
    lines.add(
        new Line(
            measure,
            format(unit, value),
            baseline == null ? "" : format(unit, baseline),
            baseline == null || baseline == 0 ? "" : ratio(value, baseline),
            budget == null ? "" : budgetText(unit, budget),
            verdict));
  }

  /** Adds a measure that could not be taken here, saying why. */
  void skipped(String measure, String why) {
    lines.add(new Line(measure, why, "", "", "", Budget.Verdict.SKIPPED));
  }

  /** Adds a measure given as text (pages and time, a size). */
  void text(String measure, String value, String baseline) {
    lines.add(new Line(measure, value, baseline, "", "", Budget.Verdict.NONE));
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  /** Whether every budget checked holds; skipped lines count as neither. */
  boolean allHold() {
    return lines.stream().noneMatch(l -> l.verdict() == Budget.Verdict.FAILS);
  }

  String format(Unit unit, long value) {
    return switch (unit) {
      case TIME -> messages.get("bench.unit.ms", millis(value));
      case BYTES ->
          messages.get(
              "bench.unit.mb",
              BigDecimal.valueOf(value)
                  .divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP));
      case KIB ->
          messages.get(
              "bench.unit.kb",
              BigDecimal.valueOf(value).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP));
      case COUNT -> NumberFormat.getIntegerInstance(messages.locale()).format(value);
    };
  }

  /** Milliseconds with fewer decimals as they grow: 0.84, 12.3, 1,234. */
  private static BigDecimal millis(long nanos) {
    BigDecimal ms = BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(1_000_000));
    int scale = nanos < 10_000_000L ? 2 : nanos < 100_000_000L ? 1 : 0;
    return ms.setScale(scale, RoundingMode.HALF_UP);
  }

  private String ratio(long value, long baseline) {
    return messages.get(
        "bench.ratio",
        BigDecimal.valueOf(value).divide(BigDecimal.valueOf(baseline), 2, RoundingMode.HALF_UP));
  }

  private String budgetText(Unit unit, Budget budget) {
    return switch (budget.kind()) {
      case TIMES_BASELINE ->
          messages.get(
              "bench.budget.times",
              BigDecimal.valueOf(budget.num())
                  .divide(BigDecimal.valueOf(budget.den()), 2, RoundingMode.HALF_UP)
                  .stripTrailingZeros());
      case UNDER -> messages.get("bench.budget.under", format(unit, budget.limit()));
    };
  }

  /** The table, one line per measure, columns padded to line up in a terminal. */
  String render() {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          messages.get("bench.column.measure"),
          messages.get("bench.column.value"),
          messages.get("bench.column.baseline"),
          messages.get("bench.column.ratio"),
          messages.get("bench.column.budget"),
          messages.get("bench.column.verdict")
        });
    for (Line l : lines) {
      rows.add(
          new String[] {
            l.measure(),
            l.value(),
            l.baseline(),
            l.ratio(),
            l.budget(),
            l.verdict() == Budget.Verdict.NONE
                ? ""
                : messages.get("bench.verdict." + l.verdict().name())
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]).append(" ".repeat(widths[i] - width(row[i])));
        if (i < row.length - 1) {
          line.append(" | ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (r == 0) {
        for (int i = 0; i < widths.length; i++) {
          out.append("-".repeat(widths[i])).append(i < widths.length - 1 ? "-+-" : "");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Columns count characters as a terminal shows them; NFC text has one code point each. */
  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
