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
  /** The four font files, read on the first document so that starting the app does not wait. */
  private byte[][] files;

  /** The four faces of one document. */
  record Set(PdfFont regular, PdfFont bold, PdfFont italic, PdfFont boldItalic) {}

  Set forDocument() {
    byte[][] f = files();
    return new Set(font(f[0]), font(f[1]), font(f[2]), font(f[3]));
  }

  private synchronized byte[][] files() {
    if (files == null) {
      files =
          new byte[][] {
            read("LiberationSerif-Regular.ttf"),
            read("LiberationSerif-Bold.ttf"),
            read("LiberationSerif-Italic.ttf"),
            read("LiberationSerif-BoldItalic.ttf")
          };
    }
    return files;
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
