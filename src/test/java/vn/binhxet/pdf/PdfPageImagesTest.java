package vn.binhxet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.PageImages.PageImage;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.DocumentService;
import vn.binhxet.ui.Fakes;

/** The preview draws every page of the very document that is saved, at A4 proportions. */
class PdfPageImagesTest {
  @TempDir static Path dir;
  static Database db;
  static DocumentService documents;
  static long demo;

  @BeforeAll
  static void open() {
    db = Database.open(dir);
    demo = Fakes.stack(db, MinutesPdfTest.ON_THE_DAY).demo().create();
    documents = DocumentFixtures.documents(db, MinutesPdfTest.ON_THE_DAY);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void everyPageOfTheMinutesIsDrawnPortraitA4() {
    byte[] pdf = documents.minutes(demo, DocumentStyle.STATE);
    int pageCount = new PdfReading(pdf).pages.size();

    List<PageImage> pages = new PdfPageImages().render(pdf, 36);

    assertThat(pageCount).isGreaterThan(1);
    assertThat(pages).hasSize(pageCount);
    for (PageImage page : pages) {
      // A4 is 210 × 297 mm: at 36 dpi about 298 × 421 pixels.
      assertThat(page.width()).isBetween(296, 300);
      assertThat((double) page.height() / page.width()).isCloseTo(297.0 / 210, within());
      assertThat(page.argb()).hasSize(page.width() * page.height());
    }
  }

  @Test
  void thePageShowsInkNotABlankSheet() {
    PageImage first = new PdfPageImages().render(documents.minutes(demo, null), 36).get(0);

    long dark = java.util.Arrays.stream(first.argb()).filter(p -> (p & 0xFF) < 128).count();
    assertThat(dark).isGreaterThan(100);
  }

  @Test
  void somethingElseThanAPdfIsRefused() {
    assertThatThrownBy(
            () -> new PdfPageImages().render("not a pdf".getBytes(StandardCharsets.UTF_8), 36))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }
}
