package vn.binhxet.service.imports;

/**
 * A column a list may have; a row problem names its column with {@link #name()}. Message keys
 * {@code import.column.<NAME>} give the column's label.
 */
public enum ListColumn {
  /** A unit's name, or a person's full name. */
  NAME,
  SHORT_NAME,
  TITLE,
  /** A delegate's member unit, or a guest's organisation. */
  UNIT,
  ROLE,
  GUEST
}
