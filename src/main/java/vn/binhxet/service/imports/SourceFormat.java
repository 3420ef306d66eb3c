package vn.binhxet.service.imports;

/**
 * How a file was read, for the preview to say so ("CSV, UTF-8, semicolons"). For an XLSX file
 * {@code encoding} and {@code separator} are null. Message keys: {@code import.kind.<KIND>}, {@code
 * import.encoding.<ENCODING>}, {@code import.separator.<SEPARATOR>}.
 */
public record SourceFormat(Kind kind, Encoding encoding, Separator separator) {
  public enum Kind {
    CSV,
    XLSX
  }

  /** In the order they are tried; docs/decisions/0013 says why. */
  public enum Encoding {
    UTF_8_BOM,
    UTF_16LE,
    UTF_16BE,
    UTF_8,
    WINDOWS_1258
  }

  public enum Separator {
    COMMA(','),
    SEMICOLON(';'),
    TAB('\t'),
    /** One column: every line is one value, commas and all. */
    NONE('\0');

    private final char character;

    Separator(char character) {
      this.character = character;
    }

    public char character() {
      return character;
    }
  }

  public static SourceFormat xlsx() {
    return new SourceFormat(Kind.XLSX, null, null);
  }

  public static SourceFormat csv(Encoding encoding, Separator separator) {
    return new SourceFormat(Kind.CSV, encoding, separator);
  }
}
