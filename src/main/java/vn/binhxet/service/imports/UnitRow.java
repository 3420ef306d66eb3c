package vn.binhxet.service.imports;

import java.util.List;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.Problem;

/**
 * A unit read from a list. {@code name} is NFC with its spaces tidied, empty when blank (then a
 * problem says so); {@code shortName} is null when absent.
 */
public record UnitRow(int line, String name, String shortName, List<Problem> problems)
    implements ListRow {
  public UnitRow {
    problems = List.copyOf(problems);
  }

  /** The unit to save; only for a row that is {@link #ok()}. */
  public Unit toUnit() {
    if (!ok()) {
      throw new IllegalStateException("row " + line + " has problems: " + problems);
    }
    return new Unit(name, shortName);
  }
}
