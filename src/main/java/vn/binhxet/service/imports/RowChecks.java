package vn.binhxet.service.imports;

import java.util.List;
import vn.binhxet.service.Problem;

/** The checks every list shares. */
final class RowChecks {
  private RowChecks() {}

  static Problem problem(ListColumn column, String key, Object... args) {
    return Problem.of(column.name(), key, args);
  }

  /** Lengths in characters, as the database counts them. */
  static void length(List<Problem> problems, ListColumn column, String value, int max) {
    if (value != null && value.length() > max) {
      String key =
          switch (column) {
            case NAME -> "import.row.tooLong.name";
            case SHORT_NAME -> "import.row.tooLong.shortName";
            case TITLE -> "import.row.tooLong.title";
            case UNIT -> "import.row.tooLong.unit";
            case ROLE, GUEST -> throw new IllegalArgumentException(column.name());
          };
      problems.add(problem(column, key, value.length(), max));
    }
  }
}
