package vn.binhxet.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * What every page carries outside the body: the page number, centred 10 mm below the top edge from
 * the second page on (both formats), and a footer line 10 mm above the bottom edge, for the audit
 * fingerprint.
 */
final class PageMarks extends AbstractPdfDocumentEventHandler {
  private final Fonts.Set fonts;
  private final String footer;
  private final float numberSize;

  PageMarks(Fonts.Set fonts, String footer, float numberSize) {
    this.fonts = fonts;
    this.footer = footer;
    this.numberSize = numberSize;
    addType(PdfDocumentEvent.END_PAGE);
  }

  @Override
  protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
    PdfPage page = ((PdfDocumentEvent) event).getPage();
    PdfDocument pdf = event.getDocument();
    int number = pdf.getPageNumber(page);
    Rectangle size = page.getPageSize();
    PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
    try (Canvas canvas = new Canvas(pdfCanvas, size)) {
      float centre = size.getWidth() / 2;
      if (number > 1) {
        canvas.showTextAligned(
            new Paragraph(Integer.toString(number))
                .setFont(fonts.regular())
                .setFontSize(numberSize),
            centre,
            size.getTop() - 10 * PageFormat.MM - numberSize * 0.8f,
            TextAlignment.CENTER);
      }
      if (footer != null) {
        canvas.showTextAligned(
            new Paragraph(footer).setFont(fonts.italic()).setFontSize(8),
            centre,
            size.getBottom() + 10 * PageFormat.MM,
            TextAlignment.CENTER);
      }
    }
  }
}
