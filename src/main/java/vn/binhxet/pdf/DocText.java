package vn.binhxet.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.binhxet.domain.Text;

/**
 * The fixed wording of the documents, from {@code vn/binhxet/pdf/documents.properties}: always
 * Vietnamese, because the documents follow the official Vietnamese formats whatever language the
 * screens use. Everything it returns is NFC, because iText does no shaping.
 */
final class DocText {
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final ResourceBundle bundle =
      ResourceBundle.getBundle(
          "vn.binhxet.pdf.documents",
          Locale.ROOT,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    if (args.length == 0) {
      return Text.nfc(pattern);
    }
    return Text.nfc(new MessageFormat(pattern, VIETNAMESE).format(args));
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }
}
