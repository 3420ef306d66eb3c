package vn.binhxet.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Looks inside an XLSX before any XML parser does (issue 7): the parts are unpacked one by one,
 * counting every byte, and the whole is refused as soon as it unpacks to more than the limit (a zip
 * bomb) or a part declares a document type (an XML bomb or an external entity: the Office Open XML
 * packaging rules forbid DTDs, so no real workbook has one). Nothing unpacked is kept.
 */
final class ZipGuard {
  private static final List<byte[]> DOCTYPE =
      List.of(
          "<!DOCTYPE".getBytes(StandardCharsets.UTF_8),
          "<!DOCTYPE".getBytes(StandardCharsets.UTF_16LE),
          "<!DOCTYPE".getBytes(StandardCharsets.UTF_16BE));

  private ZipGuard() {}

  static void check(byte[] bytes, ImportLimits limits) throws ListFileException {
    SourceFormat xlsx = SourceFormat.xlsx();
    long unpacked = 0;
    try (ZipFile zip = ZipFile.builder().setByteArray(bytes).get()) {
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
      if (entries.size() > limits.maxZipEntries()) {
        throw new ListFileException(
            xlsx, "import.file.zipBomb", ListFile.megabytes(limits.maxUnpackedBytes()));
      }
      long declared = 0;
      for (ZipArchiveEntry entry : entries) {
        // What the directory declares refuses an honest bomb at once; a lying one is caught below.
        declared += Math.max(0, entry.getSize());
        if (declared > limits.maxUnpackedBytes()) {
          throw new ListFileException(
              xlsx, "import.file.zipBomb", ListFile.megabytes(limits.maxUnpackedBytes()));
        }
      }
      boolean contentTypes = false;
      byte[] buffer = new byte[64 * 1024];
      for (ZipArchiveEntry entry : entries) {
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        if (entry.getName().equals("mimetype")) {
          throw new ListFileException(xlsx, "import.file.openDocument");
        }
        if (!zip.canReadEntryData(entry)) {
          throw new ListFileException(xlsx, "import.file.notWorkbook");
        }
        Matcher doctype = new Matcher();
        // An SVG picture may carry a DOCTYPE of its own; the sheet reader never parses pictures,
        // and its parser does not expand entities anyway.
        boolean picture = entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            unpacked += n;
            if (unpacked > limits.maxUnpackedBytes()) {
              throw new ListFileException(
                  xlsx, "import.file.zipBomb", ListFile.megabytes(limits.maxUnpackedBytes()));
            }
            if (!picture && doctype.found(buffer, n)) {
              throw new ListFileException(xlsx, "import.file.xmlDoctype", entry.getName());
            }
          }
        }
      }
      if (!contentTypes) {
        throw new ListFileException(xlsx, "import.file.notWorkbook");
      }
    } catch (IOException | RuntimeException e) {
      throw new ListFileException(xlsx, "import.file.notWorkbook");
    }
  }

  /** Finds any of the markers across buffer boundaries. */
  private static final class Matcher {
    private final int[] matched = new int[DOCTYPE.size()];

    boolean found(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        for (int m = 0; m < matched.length; m++) {
          byte[] marker = DOCTYPE.get(m);
          if (buffer[i] == marker[matched[m]]) {
            if (++matched[m] == marker.length) {
              return true;
            }
          } else {
            matched[m] = buffer[i] == marker[0] ? 1 : 0;
          }
        }
      }
      return false;
    }
  }
}
