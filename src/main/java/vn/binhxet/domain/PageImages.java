package vn.binhxet.domain;

import java.util.List;

/**
 * Draws a document's pages as pixels, so that a screen can show what will be printed without
 * knowing how documents are read.
 */
public interface PageImages {
  /**
   * The pages of {@code pdf}, in order, each drawn at {@code dpi} dots per inch.
   *
   * @throws IllegalArgumentException when {@code pdf} is not a readable document
   */
  List<PageImage> render(byte[] pdf, int dpi);

  /** One page: {@code argb} holds {@code width × height} pixels, row by row. */
  record PageImage(int width, int height, int[] argb) {
    public PageImage {
      if (width <= 0 || height <= 0 || argb.length != width * height) {
        throw new IllegalArgumentException("a page of " + width + "×" + height + " pixels");
      }
    }
  }
}
