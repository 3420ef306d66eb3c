package vn.binhxet.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A PDF read back as a reader would: its pages' text, sizes, fonts and where the text sits. */
final class PdfReading {
  /** A run of text and the box its glyphs occupy, on a page numbered from 1. */
  record Run(int page, String text, Rectangle box) {}

  final List<String> pages = new ArrayList<>();
  final List<Rectangle> sizes = new ArrayList<>();
  final List<Run> runs = new ArrayList<>();
  final List<Boolean> fontsEmbedded = new ArrayList<>();
  final List<String> fontNames = new ArrayList<>();

  PdfReading(byte[] pdf) {
    try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        PdfPage page = doc.getPage(i);
        pages.add(PdfTextExtractor.getTextFromPage(page, new LocationTextExtractionStrategy()));
        sizes.add(page.getPageSize());
        int number = i;
        new PdfCanvasProcessor(
                new IEventListener() {
                  @Override
                  public void eventOccurred(IEventData data, EventType type) {
                    if (data instanceof TextRenderInfo info && !info.getText().isBlank()) {
                      Rectangle box =
                          new Rectangle(
                              info.getDescentLine().getStartPoint().get(0),
                              info.getDescentLine().getStartPoint().get(1),
                              info.getAscentLine().getEndPoint().get(0)
                                  - info.getDescentLine().getStartPoint().get(0),
                              info.getAscentLine().getEndPoint().get(1)
                                  - info.getDescentLine().getStartPoint().get(1));
                      runs.add(new Run(number, info.getText(), box));
                    }
                  }

                  @Override
                  public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_TEXT);
                  }
                })
            .processPageContent(page);
        PdfDictionary fonts = page.getResources().getResource(PdfName.Font);
        if (fonts != null) {
          for (PdfName name : fonts.keySet()) {
            PdfDictionary font = fonts.getAsDictionary(name);
            fontNames.add(font.getAsName(PdfName.BaseFont).getValue());
            PdfDictionary descendant =
                font.getAsArray(PdfName.DescendantFonts) == null
                    ? font
                    : font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
            PdfDictionary descriptor = descendant.getAsDictionary(PdfName.FontDescriptor);
            fontsEmbedded.add(
                descriptor != null
                    && (descriptor.containsKey(PdfName.FontFile2)
                        || descriptor.containsKey(PdfName.FontFile)
                        || descriptor.containsKey(PdfName.FontFile3)));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String all() {
    return String.join("\n", pages);
  }

  String last() {
    return pages.get(pages.size() - 1);
  }

  /** The text with line breaks as spaces, for sentences that wrap. */
  String flat() {
    return all().replaceAll("\\s*\\n\\s*", " ");
  }
}
