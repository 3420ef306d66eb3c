package vn.binhxet.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.binhxet.domain.PageImages;

/**
 * Pages drawn by PDFBox: iText writes documents but does not draw them, and the preview must show
 * the very bytes that are saved and printed.
 */
public final class PdfPageImages implements PageImages {
  @Override
  public List<PageImage> render(byte[] pdf, int dpi) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      List<PageImage> pages = new ArrayList<>(document.getNumberOfPages());
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        pages.add(new PageImage(w, h, image.getRGB(0, 0, w, h, null, 0, w)));
      }
      return pages;
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable PDF document", e);
    }
  }

  /**
   * How many pages {@code pdf} has.
   *
   * @throws IllegalArgumentException when {@code pdf} is not a readable document
   */
  public static int pageCount(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable PDF document", e);
    }
  }
}
