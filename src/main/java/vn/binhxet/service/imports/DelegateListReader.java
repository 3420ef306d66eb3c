package vn.binhxet.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.Problem;

/**
 * Reads a list of delegates and guests (name, title, unit, role, guest) from a CSV or XLSX file for
 * a preview; stores nothing. A delegate's unit must be one of the units given, by name or short
 * name; a guest's "unit" is the organisation they come from, checked for length only.
 */
public final class DelegateListReader {
  /** The database's width of a person's name. */
  public static final int MAX_NAME = 300;

  public static final int MAX_TITLE = 1000;
  public static final int MAX_ORGANISATION = 1000;

  private final ImportLimits limits;

  public DelegateListReader() {
    this(ImportLimits.DEFAULT);
  }

  public DelegateListReader(ImportLimits limits) {
    this.limits = limits;
  }

  /**
   * The delegates and guests of a file, each row with its problems.
   *
   * @param content the file's bytes
   * @param fileName the file's name, kept for the preview
   * @param units the conference's units, which a delegate's unit must be one of
   */
  public ListReading<DelegateRow> read(byte[] content, String fileName, Collection<Unit> units) {
    ListFile file;
    try {
      file = ListFile.read(content, ListKind.DELEGATES, limits);
    } catch (ListFileException e) {
      return ListReading.refused(fileName, e.format(), e.problem());
    }
    Map<String, Unit> byKey = new HashMap<>();
    for (Unit u : units) {
      byKey.putIfAbsent(Words.nameKey(u.name()), u);
    }
    for (Unit u : units) {
      if (u.shortName() != null) {
        byKey.putIfAbsent(Words.nameKey(u.shortName()), u);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    List<DelegateRow> rows = new ArrayList<>();
    Header h = file.header();
    for (SourceRow row : file.rows()) {
      List<Problem> problems = new ArrayList<>();
      String name = h.value(row, ListColumn.NAME);
      String title = Words.optional(h.value(row, ListColumn.TITLE));
      String unit = Words.optional(h.value(row, ListColumn.UNIT));
      String guestWord = h.value(row, ListColumn.GUEST);
      Boolean guest = RoleWords.guest(guestWord);
      if (guest == null) {
        problems.add(RowChecks.problem(ListColumn.GUEST, "import.row.guestUnknown", guestWord));
        guest = false;
      }
      String roleWord = h.value(row, ListColumn.ROLE);
      Role role = RoleWords.role(roleWord);
      if (role == null) {
        problems.add(RowChecks.problem(ListColumn.ROLE, "import.row.roleUnknown", roleWord));
        role = Role.NONE;
      }
      if (name.isEmpty()) {
        problems.add(RowChecks.problem(ListColumn.NAME, "import.row.nameBlank"));
      } else {
        RowChecks.length(problems, ListColumn.NAME, name, MAX_NAME);
      }
      RowChecks.length(problems, ListColumn.TITLE, title, MAX_TITLE);
      if (unit != null && !guest) {
        Unit matched = byKey.get(Words.nameKey(unit));
        if (matched == null) {
          problems.add(RowChecks.problem(ListColumn.UNIT, "import.row.unitUnknown", unit));
        } else {
          unit = matched.name();
        }
      } else {
        RowChecks.length(problems, ListColumn.UNIT, unit, MAX_ORGANISATION);
      }
      if (!name.isEmpty()) {
        // Namesakes are common: the same name is a duplicate only within the same unit.
        String key = Words.nameKey(name) + "\n" + (unit == null ? "" : Words.nameKey(unit));
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
          problems.add(RowChecks.problem(ListColumn.NAME, "import.row.duplicatePerson", first));
        }
      }
      rows.add(new DelegateRow(row.line(), name, title, unit, role, guest, problems));
    }
    return new ListReading<>(
        fileName, file.format(), h.line(), h.ignored(), List.of(), List.copyOf(rows));
  }

  /**
   * The same, from a file on disk, read only when it is within the size limit (a huge file is
   * refused unread). Blocks on I/O: call it off the FX thread.
   */
  public ListReading<DelegateRow> read(Path file, Collection<Unit> units) {
    String name = String.valueOf(file.getFileName());
    byte[] content;
    try {
      content = ListFileBytes.read(file, limits);
    } catch (ListFileException e) {
      return ListReading.refused(name, e.format(), e.problem());
    }
    return read(content, name, units);
  }
}
