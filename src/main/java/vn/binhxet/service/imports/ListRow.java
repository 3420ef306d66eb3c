package vn.binhxet.service.imports;

import java.util.List;
import vn.binhxet.service.Problem;

/** One row of a list read from a file, where it was, and what is wrong with it. */
public sealed interface ListRow permits UnitRow, DelegateRow {
  /** The line of a CSV file, or the row number of the sheet, counting from 1. */
  int line();

  /**
   * What is wrong with the row; {@link Problem#field()} is the {@link ListColumn} at fault, by
   * name.
   */
  List<Problem> problems();

  /** A row without problems, that may be saved. */
  default boolean ok() {
    return problems().isEmpty();
  }
}
