package vn.binhxet.service.imports;

/**
 * What a list file may be before it is refused, so that a hostile or mistaken file costs little
 * time and memory (issue 7). The defaults are far above any real cluster: 15 units and a few dozen
 * delegates.
 *
 * @param maxBytes the file's size
 * @param maxRows rows of data after the header, blank rows not counted
 * @param maxColumns values in one line or row
 * @param maxUnpackedBytes everything inside an XLSX, unpacked
 * @param maxZipEntries the number of parts inside an XLSX
 */
public record ImportLimits(
    long maxBytes, int maxRows, int maxColumns, long maxUnpackedBytes, int maxZipEntries) {
  public static final ImportLimits DEFAULT =
      new ImportLimits(5L * 1024 * 1024, 5_000, 200, 40L * 1024 * 1024, 1_000);

  public ImportLimits {
    if (maxBytes <= 0 || maxRows <= 0 || maxColumns <= 0 || maxUnpackedBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (maxZipEntries <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
