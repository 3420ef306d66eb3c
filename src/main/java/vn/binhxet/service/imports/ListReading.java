package vn.binhxet.service.imports;

import java.util.List;
import vn.binhxet.service.Problem;

/**
 * What was read from a list file. When the file as a whole cannot be used ({@link #fileProblems()}
 * not empty: empty, too large, not a list, no name column…) there are no rows. Otherwise every
 * non-blank row after the header is here, in file order, each with its problems.
 *
 * @param fileName as given, for the preview's title
 * @param format how the file was read; null when it was refused before its format was known
 * @param headerLine the line of the header, 0 when the file has none (a list of names only)
 * @param ignoredColumns headers of columns that were not used, as written in the file
 * @param fileProblems why the file cannot be used; {@link Problem#field()} is {@code "file"}
 * @param rows the rows read
 */
public record ListReading<R extends ListRow>(
    String fileName,
    SourceFormat format,
    int headerLine,
    List<String> ignoredColumns,
    List<Problem> fileProblems,
    List<R> rows) {
  public static final String FILE = "file";

  public ListReading {
    ignoredColumns = List.copyOf(ignoredColumns);
    fileProblems = List.copyOf(fileProblems);
    rows = List.copyOf(rows);
  }

  static <R extends ListRow> ListReading<R> refused(
      String fileName, SourceFormat format, Problem problem) {
    return new ListReading<>(fileName, format, 0, List.of(), List.of(problem), List.of());
  }

  /** The file could be read as a list; some rows may still have problems. */
  public boolean readable() {
    return fileProblems.isEmpty();
  }

  /** The rows without problems, in file order: what an import would save. */
  public List<R> goodRows() {
    return rows.stream().filter(ListRow::ok).toList();
  }

  public long badRowCount() {
    return rows.stream().filter(r -> !r.ok()).count();
  }
}
