package vn.binhxet.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif, metric-compatible with Times New Roman (the font both official formats name),
 * read once from the openpdf-fonts-extra jar. A PdfFont belongs to one document, so each document
 * gets its own {@link Set}, embedded as Identity-H so that every Vietnamese letter is kept.
 */
final class Fonts {
  private final byte[] regular = read("LiberationSerif-Regular.ttf");
  private final byte[] bold = read("LiberationSerif-Bold.ttf");
  private final byte[] italic = read("LiberationSerif-Italic.ttf");
  private final byte[] boldItalic = read("LiberationSerif-BoldItalic.ttf");

  /** The four faces of one document. */
  record Set(PdfFont regular, PdfFont bold, PdfFont italic, PdfFont boldItalic) {}

  Set forDocument() {
    return new Set(font(regular), font(bold), font(italic), font(boldItalic));
  }

  private static PdfFont font(byte[] bytes) {
    try {
      return PdfFontFactory.createFont(
          bytes, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = Fonts.class.getResourceAsStream("/liberation/" + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
