package vn.binhxet.domain;

import java.util.Objects;

/** What heads the documents: issuing body lines, document number, place name for the date line. */
public record DocumentHeader(
    DocumentStyle style,
    String issuingBodyUpper,
    String issuingBodyLower,
    String documentNumber,
    String datePlaceName) {
  public DocumentHeader {
    Objects.requireNonNull(style, "style");
    issuingBodyUpper = Text.optional(issuingBodyUpper);
    issuingBodyLower = Text.optional(issuingBodyLower);
    documentNumber = Text.optional(documentNumber);
    datePlaceName = Text.optional(datePlaceName);
  }
}
