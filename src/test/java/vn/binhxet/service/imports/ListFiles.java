package vn.binhxet.service.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.binhxet.service.imports.SourceFormat.Encoding;
import vn.binhxet.service.imports.SourceFormat.Separator;

/** Builds list files in memory the way real programs write them. */
final class ListFiles {
  private ListFiles() {}

  /** Rows as CSV text, quoted where Excel would quote them. */
  static String csv(Separator separator, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setDelimiter(separator.character()).get())) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static byte[] encode(String text, Encoding encoding) {
    return switch (encoding) {
      case UTF_8 -> text.getBytes(StandardCharsets.UTF_8);
      case UTF_8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
      case UTF_16LE ->
          concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
      case UTF_16BE ->
          concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
      case WINDOWS_1258 -> windows1258(text);
    };
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * As Windows' Vietnamese keyboard writes code page 1258: a letter the code page lacks is its base
   * letter (with circumflex, breve or horn) followed by a combining tone mark.
   */
  static byte[] windows1258(String text) {
    Charset cp = Charset.forName("windows-1258");
    CharsetEncoder enc = cp.newEncoder();
    StringBuilder decomposed = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      if (enc.canEncode(c)) {
        decomposed.append(c);
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tone = new StringBuilder();
      for (char d : nfd.toCharArray()) {
        ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0 ? tone : base).append(d);
      }
      decomposed.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
    }
    String s = decomposed.toString();
    if (!enc.canEncode(s)) {
      throw new IllegalArgumentException("not encodable in windows-1258: " + text);
    }
    return s.getBytes(cp);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A minimal workbook as Excel writes it: shared strings, one sheet. */
  static byte[] xlsx(List<List<String>> rows) {
    return zip(xlsxParts(rows));
  }

  static Map<String, String> xlsxParts(List<List<String>> rows) {
    Map<String, Integer> strings = new LinkedHashMap<>();
    StringBuilder sheet = new StringBuilder();
    sheet.append(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>");
    for (int r = 0; r < rows.size(); r++) {
      sheet.append("<row r=\"").append(r + 1).append("\">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String value = row.get(c);
        if (value == null || value.isEmpty()) {
          continue;
        }
        String ref = column(c) + (r + 1);
        int index = strings.computeIfAbsent(value, v -> strings.size());
        sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index);
        sheet.append("</v></c>");
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    StringBuilder sst = new StringBuilder();
    sst.append(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
        .append(strings.size())
        .append("\" uniqueCount=\"")
        .append(strings.size())
        .append("\">");
    for (String s : strings.keySet()) {
      sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
    }
    sst.append("</sst>");
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>");
    parts.put("xl/worksheets/sheet1.xml", sheet.toString());
    parts.put("xl/sharedStrings.xml", sst.toString());
    return parts;
  }

  /** A, B, … Z, AA, AB, …: the sheet's name of column {@code index}, from 0. */
  static String column(int index) {
    String name = "";
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name = (char) ('A' + (i - 1) % 26) + name;
    }
    return name;
  }

  static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
