package vn.binhxet.pdf;

import vn.binhxet.domain.DocumentStyle;

/**
 * Margins and type sizes of a style, in points. Party style after Hướng dẫn 36-HD/VPTW (25, 25, 35,
 * 15 mm; body 14), State style after Decree 30/2020/NĐ-CP Appendix I (20–25, 20–25, 30–35, 15–20
 * mm; body 13–14): each takes values inside its ranges. See decision 0018.
 */
record PageFormat(
    float top,
    float bottom,
    float left,
    float right,
    float body,
    float mottoUpper,
    float mottoLower,
    float issuer,
    float title,
    float subject,
    float distributionHead,
    float distribution) {

  static final float MM = 72f / 25.4f;

  static PageFormat of(DocumentStyle style) {
    return switch (style) {
      case PARTY ->
          new PageFormat(25 * MM, 25 * MM, 35 * MM, 15 * MM, 14, 15, 15, 14, 16, 14, 14, 12);
      case STATE ->
          new PageFormat(20 * MM, 20 * MM, 30 * MM, 15 * MM, 14, 13, 14, 13, 14, 14, 12, 11);
    };
  }

  /** Ballot papers are forms cut from a sheet: narrow margins, smaller type. */
  static PageFormat forms() {
    return new PageFormat(12 * MM, 12 * MM, 15 * MM, 15 * MM, 12, 12, 12, 12, 15, 13, 12, 11);
  }
}
