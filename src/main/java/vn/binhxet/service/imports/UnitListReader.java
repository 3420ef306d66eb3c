package vn.binhxet.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.Problem;

/**
 * Reads a list of units (name, short name) from a CSV or XLSX file for a preview; stores nothing.
 * Pure: the same bytes give the same reading.
 */
public final class UnitListReader {
  /** The database's width of a unit's name. */
  public static final int MAX_NAME = 500;

  public static final int MAX_SHORT_NAME = 100;

  private final ImportLimits limits;

  public UnitListReader() {
    this(ImportLimits.DEFAULT);
  }

  public UnitListReader(ImportLimits limits) {
    this.limits = limits;
  }

  /**
   * The units of a file, each row with its problems.
   *
   * @param content the file's bytes
   * @param fileName the file's name, kept for the preview
   * @param existing the units already in the list, whose names a row must not repeat
   */
  public ListReading<UnitRow> read(byte[] content, String fileName, Collection<Unit> existing) {
    ListFile file;
    try {
      file = ListFile.read(content, ListKind.UNITS, limits);
    } catch (ListFileException e) {
      return ListReading.refused(fileName, e.format(), e.problem());
    }
    Map<String, Unit> known = new HashMap<>();
    for (Unit u : existing) {
      known.putIfAbsent(Words.nameKey(u.name()), u);
    }
    Map<String, Integer> seen = new HashMap<>();
    List<UnitRow> rows = new ArrayList<>();
    Header h = file.header();
    for (SourceRow row : file.rows()) {
      String name = h.value(row, ListColumn.NAME);
      String shortName = Words.optional(h.value(row, ListColumn.SHORT_NAME));
      List<Problem> problems = new ArrayList<>();
      if (name.isEmpty()) {
        problems.add(RowChecks.problem(ListColumn.NAME, "import.row.nameBlank"));
      } else {
        RowChecks.length(problems, ListColumn.NAME, name, MAX_NAME);
        String key = Words.nameKey(name);
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
          problems.add(RowChecks.problem(ListColumn.NAME, "import.row.duplicate", first));
        }
        Unit there = known.get(key);
        if (there != null) {
          problems.add(RowChecks.problem(ListColumn.NAME, "import.row.exists", there.name()));
        }
      }
      RowChecks.length(problems, ListColumn.SHORT_NAME, shortName, MAX_SHORT_NAME);
      rows.add(new UnitRow(row.line(), name, shortName, problems));
    }
    return new ListReading<>(
        fileName, file.format(), h.line(), h.ignored(), List.of(), List.copyOf(rows));
  }

  /**
   * The same, from a file on disk, read only when it is within the size limit (a huge file is
   * refused unread). Blocks on I/O: call it off the FX thread.
   */
  public ListReading<UnitRow> read(Path file, Collection<Unit> existing) {
    String name = String.valueOf(file.getFileName());
    byte[] content;
    try {
      content = ListFileBytes.read(file, limits);
    } catch (ListFileException e) {
      return ListReading.refused(name, e.format(), e.problem());
    }
    return read(content, name, existing);
  }
}
