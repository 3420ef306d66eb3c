package vn.binhxet.service.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, read by fastexcel-reader as a stream of rows after {@link
 * ZipGuard} has looked inside; reading stops as soon as there are more rows than allowed.
 */
final class XlsxTable {
  private XlsxTable() {}

  static Table read(byte[] bytes, ImportLimits limits) throws ListFileException {
    ZipGuard.check(bytes, limits);
    SourceFormat format = SourceFormat.xlsx();
    int max = Table.rowsToRead(limits);
    List<SourceRow> rows = new ArrayList<>();
    boolean more = false;
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
        Stream<Row> stream = workbook.getFirstSheet().openStream()) {
      Iterator<Row> it = stream.iterator();
      while (!more && it.hasNext()) {
        Row row = it.next();
        List<String> cells = cells(row, limits, format);
        if (SourceRow.blank(cells)) {
          continue;
        }
        if (rows.size() < max) {
          rows.add(new SourceRow(row.getRowNum(), cells));
        } else {
          more = true;
        }
      }
    } catch (IOException | RuntimeException e) {
      // fastexcel's own exceptions, and whatever a malformed part makes its XML parser throw.
      throw new ListFileException(format, "import.file.notWorkbook");
    }
    return new Table(format, rows, more);
  }

  /**
   * The row's values up to its last non-blank one. Cells that only carry formatting, however far to
   * the right, are not values and do not count against the limit.
   */
  private static List<String> cells(Row row, ImportLimits limits, SourceFormat format)
      throws ListFileException {
    List<String> cells = new ArrayList<>();
    int values = 0;
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      String text = cell == null || cell.getText() == null ? "" : cell.getText();
      if (!text.isBlank()) {
        if (++values > limits.maxColumns()) {
          throw new ListFileException(
              format, "import.file.tooManyColumns", row.getRowNum(), limits.maxColumns());
        }
        while (cells.size() < i) {
          cells.add("");
        }
        cells.add(text);
      }
    }
    return cells;
  }
}
