package vn.binhxet.service.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.binhxet.service.imports.SourceFormat.Encoding;

/**
 * Finds the encoding of a text list, always the same way (docs/decisions/0013): a byte order mark
 * says it; else text that is valid UTF-8 is UTF-8; else Windows-1258. The text is then checked for
 * what no list holds: control characters (a binary file), and the letters that Vietnamese text in
 * the old TCVN3 (ABC) or VNI font encodings, or UTF-8 read twice, turns into.
 */
final class TextDecoder {
  static final String WINDOWS_1258 = "windows-1258";

  /**
   * Characters of Windows-1258 (and Latin-1) that are not Vietnamese letters nor usual punctuation:
   * TCVN3, VNI and doubly decoded UTF-8 are full of them, Vietnamese text has none.
   */
  private static final String FOREIGN =
      "¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜßäåæçëîïñö÷øûüÿŒœŸƒˆ˜‹›‰†‡";

  record Decoded(String text, Encoding encoding) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) throws ListFileException {
    Decoded d = detect(bytes);
    String text = Normalizer.normalize(d.text(), Normalizer.Form.NFC);
    SourceFormat format = SourceFormat.csv(d.encoding(), null);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        throw new ListFileException(format, "import.file.binary");
      }
    }
    if (looksMisencoded(text)) {
      throw new ListFileException(format, "import.file.oldEncoding");
    }
    return new Decoded(text, d.encoding());
  }

  private static Decoded detect(byte[] b) throws ListFileException {
    if (starts(b, 0xEF, 0xBB, 0xBF)) {
      return strict(b, 3, StandardCharsets.UTF_8, Encoding.UTF_8_BOM);
    }
    if (starts(b, 0xFF, 0xFE)) {
      return strict(b, 2, StandardCharsets.UTF_16LE, Encoding.UTF_16LE);
    }
    if (starts(b, 0xFE, 0xFF)) {
      return strict(b, 2, StandardCharsets.UTF_16BE, Encoding.UTF_16BE);
    }
    try {
      return new Decoded(decode(b, 0, StandardCharsets.UTF_8), Encoding.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      // Not UTF-8: the old Vietnamese code page is the only other encoding a list comes in.
    }
    if (!Charset.isSupported(WINDOWS_1258)) {
      throw new ListFileException(null, "import.file.encodingUnsupported");
    }
    try {
      return new Decoded(decode(b, 0, Charset.forName(WINDOWS_1258)), Encoding.WINDOWS_1258);
    } catch (CharacterCodingException e) {
      // Bytes that Windows-1258 leaves undefined: not a text file in any encoding we know.
      throw new ListFileException(null, "import.file.binary");
    }
  }

  private static Decoded strict(byte[] b, int skip, Charset charset, Encoding encoding)
      throws ListFileException {
    try {
      return new Decoded(decode(b, skip, charset), encoding);
    } catch (CharacterCodingException e) {
      throw new ListFileException(
          SourceFormat.csv(encoding, null), "import.file.badBytes", charset.name());
    }
  }

  private static String decode(byte[] b, int skip, Charset charset)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, skip, b.length - skip));
    return chars.toString();
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * At least two foreign characters making up a fifth of the non-ASCII ones: a Vietnamese list with
   * a stray "©" or "°" passes, a garbled one never does.
   */
  static boolean looksMisencoded(String text) {
    int nonAscii = 0;
    int foreign = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F) {
        nonAscii++;
        if (FOREIGN.indexOf(c) >= 0) {
          foreign++;
        }
      }
    }
    return foreign >= 2 && foreign * 5 >= nonAscii;
  }
}
