package vn.binhxet.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Document;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/** One A4 document written to bytes: its fonts, margins, page marks and metadata. */
final class PdfFile {
  private PdfFile() {}

  /** What a writer gets to fill the pages with. */
  record Pages(Document document, Layout layout) {}

  static byte[] write(
      Fonts fonts,
      PageFormat format,
      Layout.Settings settings,
      String title,
      String footer,
      Consumer<Pages> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
      pdf.setDefaultPageSize(PageSize.A4);
      pdf.getDocumentInfo().setTitle(vn.binhxet.domain.Text.nfc(title));
      pdf.getDocumentInfo().setCreator("Bình Xét");
      Fonts.Set set = fonts.forDocument();
      pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PageMarks(set, footer, format.body()));
      Document document = new Document(pdf, PageSize.A4);
      document.setMargins(format.top(), format.right(), format.bottom(), format.left());
      document.setFont(set.regular()).setFontSize(format.body());
      body.accept(new Pages(document, new Layout(set, format, settings.style(), settings.words())));
      document.close();
    }
    return out.toByteArray();
  }
}
