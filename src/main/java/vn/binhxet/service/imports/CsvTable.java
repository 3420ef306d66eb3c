package vn.binhxet.service.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.binhxet.service.imports.SourceFormat.Encoding;
import vn.binhxet.service.imports.SourceFormat.Separator;

/**
 * A CSV list, parsed by Commons CSV. The separator is the one under which a header is found (the
 * one giving the header most cells); without a header, a file without semicolons or tabs is one
 * column, whatever commas its names hold. Excel's "sep=;" first line is obeyed.
 */
final class CsvTable {
  private static final List<Separator> TRIED =
      List.of(Separator.SEMICOLON, Separator.TAB, Separator.COMMA);

  private CsvTable() {}

  static Table read(String text, Encoding encoding, ListKind kind, ImportLimits limits)
      throws ListFileException {
    Separator given = null;
    if (text.regionMatches(true, 0, "sep=", 0, 4) && lineLength(text) == 5) {
      given = separatorOf(text.charAt(4));
      // Its line break stays: the line left empty keeps every line's number as the user sees it.
      text = text.substring(5);
    }
    checkColumns(text, encoding, limits);
    Separator separator = given != null ? given : choose(text, kind);
    SourceFormat format = SourceFormat.csv(encoding, separator);
    return rows(text, separator, Table.rowsToRead(limits), format);
  }

  private static int lineLength(String text) {
    int n = text.indexOf('\n');
    int end = n < 0 ? text.length() : n;
    return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static Separator separatorOf(char c) {
    for (Separator s : Separator.values()) {
      if (s.character() == c) {
        return s;
      }
    }
    return null;
  }

  /** Before parsing: a line of thousands of separators would make as many values in memory. */
  private static void checkColumns(String text, Encoding encoding, ImportLimits limits)
      throws ListFileException {
    int line = 1;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '\n' -> {
          line++;
          commas = 0;
          semicolons = 0;
          tabs = 0;
        }
        case ',' -> commas++;
        case ';' -> semicolons++;
        case '\t' -> tabs++;
        default -> {
          continue;
        }
      }
      if (Math.max(commas, Math.max(semicolons, tabs)) >= limits.maxColumns()) {
        throw new ListFileException(
            SourceFormat.csv(encoding, null),
            "import.file.tooManyColumns",
            line,
            limits.maxColumns());
      }
    }
  }

  private static Separator choose(String text, ListKind kind) throws ListFileException {
    Separator best = null;
    int bestCells = 0;
    for (Separator s : TRIED) {
      List<SourceRow> first = rows(text, s, Header.SEARCH_ROWS, null).rows();
      Header h = Header.find(first, kind);
      if (h != null) {
        int cells = nonBlank(first.stream().filter(r -> r.line() == h.line()).findFirst().get());
        if (cells > bestCells) {
          best = s;
          bestCells = cells;
        }
      }
    }
    if (best != null) {
      return bestCells > 1 ? best : Separator.NONE;
    }
    if (text.indexOf(';') < 0 && text.indexOf('\t') < 0) {
      return Separator.NONE;
    }
    // No header: the separator that splits the first line most, so the message can show its
    // cells.
    for (Separator s : TRIED) {
      List<SourceRow> first = rows(text, s, 1, null).rows();
      if (first.isEmpty()) {
        // Nothing but separators and spaces: an empty list, under this separator.
        return s;
      }
      int cells = nonBlank(first.get(0));
      if (cells > bestCells) {
        best = s;
        bestCells = cells;
      }
    }
    return best != null ? best : Separator.COMMA;
  }

  private static int nonBlank(SourceRow row) {
    return (int) row.cells().stream().filter(c -> !Words.clean(c).isEmpty()).count();
  }

  private static CSVFormat format(Separator separator) {
    return CSVFormat.RFC4180
        .builder()
        .setDelimiter(separator.character())
        .setIgnoreEmptyLines(false)
        // One column: a quoted name followed by more text is still that line's one value.
        .setTrailingData(separator == Separator.NONE)
        .get();
  }

  /** The first {@code max} non-blank rows, and whether there are more. */
  private static Table rows(String text, Separator separator, int max, SourceFormat format)
      throws ListFileException {
    List<SourceRow> rows = new ArrayList<>();
    boolean more = false;
    long lastLine = 0;
    try (CSVParser parser = CSVParser.parse(text, format(separator))) {
      Iterator<CSVRecord> it = parser.iterator();
      while (!more && it.hasNext()) {
        CSVRecord record = it.next();
        // A record starts on the line after the previous one ended: a quoted value may span lines.
        int line = (int) lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        List<String> cells = record.toList();
        if (SourceRow.blank(cells)) {
          continue;
        }
        if (rows.size() < max) {
          rows.add(new SourceRow(line, cells));
        } else {
          more = true;
        }
      }
    } catch (UncheckedIOException | IOException e) {
      if (format == null) {
        // Only looking for the header: what was read before the fault is enough.
        return new Table(null, rows, false);
      }
      throw new ListFileException(format, "import.file.quotes", lastLine + 1);
    }
    return new Table(format, rows, more);
  }
}
