package vn.binhxet.service.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A kind of list and the headers it recognises, in Vietnamese and English, compared as {@link
 * Words#key} (no diacritics, capitals or punctuation). Headers are matched whole, never as parts,
 * so that "Tên" is not found inside "Tên viết tắt".
 */
enum ListKind {
  UNITS(
      Map.of(
          ListColumn.NAME,
          List.of(
              "ten don vi",
              "don vi",
              "ten",
              "ten co quan",
              "co quan",
              "co quan don vi",
              "ten co quan don vi",
              "don vi thanh vien",
              "ten don vi thanh vien",
              "name",
              "unit",
              "unit name",
              "member unit"),
          ListColumn.SHORT_NAME,
          List.of(
              "ten viet tat",
              "viet tat",
              "ten goi tat",
              "ten ngan",
              "short name",
              "short",
              "abbreviation"))),
  DELEGATES(
      Map.of(
          ListColumn.NAME,
          List.of(
              "ho va ten",
              "ho ten",
              "ten",
              "ten dai bieu",
              "ho va ten dai bieu",
              "name",
              "full name"),
          ListColumn.TITLE,
          List.of("chuc vu", "chuc danh", "title", "position", "job title"),
          ListColumn.UNIT,
          List.of(
              "don vi",
              "ten don vi",
              "co quan",
              "co quan don vi",
              "don vi cong tac",
              "noi cong tac",
              "unit",
              "organisation",
              "organization"),
          ListColumn.ROLE,
          List.of("vai tro", "nhiem vu", "role"),
          ListColumn.GUEST,
          List.of("khach moi", "loai", "loai dai bieu", "thanh phan", "guest", "kind", "type")));

  /** A running number: expected, never reported as ignored. */
  private static final List<String> ORDINAL =
      List.of("stt", "tt", "so tt", "so thu tu", "no", "number");

  private final Map<String, ListColumn> byKey;

  ListKind(Map<ListColumn, List<String>> aliases) {
    Map<String, ListColumn> m = new HashMap<>();
    aliases.forEach((column, keys) -> keys.forEach(k -> m.put(k, column)));
    byKey = Map.copyOf(m);
  }

  /** The column a header names, or null. */
  ListColumn column(String header) {
    return byKey.get(Words.key(header));
  }

  static boolean isOrdinal(String header) {
    return ORDINAL.contains(Words.key(header));
  }
}
