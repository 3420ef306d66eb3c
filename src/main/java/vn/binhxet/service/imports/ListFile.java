package vn.binhxet.service.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list file read as far as its header and rows, shared by the unit and delegate readers. The
 * content decides how it is read, not the file's name: a workbook saved as ".csv" is still read.
 *
 * @param rows the data rows, after the header
 */
record ListFile(SourceFormat format, Header header, List<SourceRow> rows) {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  static ListFile read(byte[] content, ListKind kind, ImportLimits limits)
      throws ListFileException {
    if (content.length > limits.maxBytes()) {
      throw new ListFileException(
          null, "import.file.tooLarge", megabytes(content.length), megabytes(limits.maxBytes()));
    }
    if (content.length == 0) {
      throw new ListFileException(null, "import.file.empty");
    }
    Table table;
    if (starts(content, ZIP) || starts(content, ZIP_EMPTY)) {
      table = XlsxTable.read(content, limits);
    } else if (starts(content, OLE2)) {
      throw new ListFileException(null, "import.file.oldExcel");
    } else {
      TextDecoder.Decoded text = TextDecoder.decode(content);
      table = CsvTable.read(text.text(), text.encoding(), kind, limits);
    }
    if (table.rows().isEmpty()) {
      throw new ListFileException(table.format(), "import.file.empty");
    }
    Header header = Header.find(table.rows(), kind);
    if (header == null) {
      if (kind == ListKind.UNITS && oneColumn(table.rows())) {
        header = Header.namesOnly();
      } else {
        throw new ListFileException(
            table.format(),
            kind == ListKind.UNITS
                ? "import.file.noNameColumn.units"
                : "import.file.noNameColumn.delegates",
            firstCells(table.rows().get(0)));
      }
    }
    List<SourceRow> data = new ArrayList<>();
    for (SourceRow row : table.rows()) {
      if (row.line() > header.line()) {
        data.add(row);
      }
    }
    if (table.more() || data.size() > limits.maxRows()) {
      throw new ListFileException(table.format(), "import.file.tooManyRows", limits.maxRows());
    }
    if (data.isEmpty()) {
      throw new ListFileException(table.format(), "import.file.noRows", header.line());
    }
    return new ListFile(table.format(), header, data);
  }

  private static boolean oneColumn(List<SourceRow> rows) {
    for (SourceRow row : rows) {
      for (int i = 1; i < row.cells().size(); i++) {
        if (!Words.clean(row.cells().get(i)).isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  /** What the first row holds, to show the user what was found instead of a header. */
  private static String firstCells(SourceRow row) {
    return row.cells().stream()
        .map(Words::clean)
        .filter(s -> !s.isEmpty())
        .limit(8)
        .map(s -> s.length() > 40 ? s.substring(0, 40) + "…" : s)
        .collect(Collectors.joining(" | "));
  }

  /** Megabytes to one decimal, rounded up: a file just over the limit never reads as equal. */
  static BigDecimal megabytes(long bytes) {
    return BigDecimal.valueOf((bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024), 1);
  }

  private static boolean starts(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
