package vn.binhxet.service.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column is. A row is a header when one of its cells names the name column; the
 * first column of a header wins, a later one with the same meaning is ignored (and said so).
 *
 * @param line the header's line, 0 for a list of names without a header
 * @param columns the index of each column found
 * @param ignored the headers of the columns not used
 */
record Header(int line, Map<ListColumn, Integer> columns, List<String> ignored) {
  /** How far down a header is looked for: Vietnamese lists often start with a title or two. */
  static final int SEARCH_ROWS = 10;

  Header {
    columns = Map.copyOf(columns);
    ignored = List.copyOf(ignored);
  }

  /** A list without a header whose one column is the names. */
  static Header namesOnly() {
    return new Header(0, Map.of(ListColumn.NAME, 0), List.of());
  }

  /** The header this row would be, or null when it names no name column. */
  static Header of(SourceRow row, ListKind kind) {
    Map<ListColumn, Integer> columns = new EnumMap<>(ListColumn.class);
    List<String> ignored = new ArrayList<>();
    List<String> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      String text = Words.clean(cells.get(i));
      if (text.isEmpty() || ListKind.isOrdinal(text)) {
        continue;
      }
      ListColumn c = kind.column(text);
      if (c == null || columns.containsKey(c)) {
        ignored.add(text);
      } else {
        columns.put(c, i);
      }
    }
    if (!columns.containsKey(ListColumn.NAME)) {
      return null;
    }
    return new Header(row.line(), columns, ignored);
  }

  /** The first header among the first rows, or null. */
  static Header find(List<SourceRow> rows, ListKind kind) {
    for (int i = 0; i < Math.min(SEARCH_ROWS, rows.size()); i++) {
      Header h = of(rows.get(i), kind);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  /** The value of a column in a row, tidied; empty when the column or the cell is missing. */
  String value(SourceRow row, ListColumn column) {
    Integer i = columns.get(column);
    if (i == null || i >= row.cells().size()) {
      return "";
    }
    return Words.clean(row.cells().get(i));
  }

  boolean has(ListColumn column) {
    return columns.containsKey(column);
  }
}
