package vn.binhxet.service.imports;

import java.util.List;

/** One non-blank line or row of a file, as its cells. */
record SourceRow(int line, List<String> cells) {
  SourceRow {
    cells = List.copyOf(cells);
  }

  static boolean blank(List<String> cells) {
    for (String c : cells) {
      if (c != null && !Words.clean(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
