package vn.binhxet.service.imports;

import java.util.List;

/**
 * The non-blank rows of a file, read no further than a limit.
 *
 * @param more the file has rows past those read
 */
record Table(SourceFormat format, List<SourceRow> rows, boolean more) {
  Table {
    rows = List.copyOf(rows);
  }

  /** Enough rows to find the header and tell whether there are more data rows than allowed. */
  static int rowsToRead(ImportLimits limits) {
    return limits.maxRows() + Header.SEARCH_ROWS + 1;
  }
}
