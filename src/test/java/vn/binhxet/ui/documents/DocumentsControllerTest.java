package vn.binhxet.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.PageImages.PageImage;
import vn.binhxet.pdf.PdfPageImages;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;

/** The documents screen without the FX toolkit: the demo conference over a temp database. */
class DocumentsControllerTest {
  @TempDir Path dir;
  @TempDir Path out;
  private Database db;
  private Fakes.Stack s;
  private long id;
  private final SessionModel session = new SessionModel();
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private final DocumentsModel model = new DocumentsModel();
  private final I18n i18n = new I18n(Messages.VIETNAMESE);
  private final List<Path> opened = new ArrayList<>();
  private final List<List<PageImage>> printed = new ArrayList<>();
  private boolean canOpen = true;
  private boolean printerKnown = true;
  private PagePrinter.Outcome printOutcome = PagePrinter.Outcome.PRINTED;
  private DocumentsController controller;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    id = s.demo().create();
    var p = s.preparation().read(id);
    session.setConference(p.conference(), p.outcomes());
    controller =
        new DocumentsController(
            model,
            session,
            s.documents(),
            new PdfPageImages(),
            file -> {
              opened.add(file);
              return canOpen;
            },
            new PagePrinter() {
              @Override
              public boolean available() {
                return printerKnown;
              }

              @Override
              public Outcome print(String job, List<PageImage> pages) {
                printed.add(pages);
                return printOutcome;
              }
            },
            new SynchronousTaskRunner(),
            dialogs,
            i18n);
  }

  @AfterEach
  void tearDown() {
    controller.close();
    db.close();
  }

  @Test
  void theStyleStartsAsTheConferenceHeaderSays() {
    assertThat(model.styleProperty().get())
        .isEqualTo(session.conference().conference().header().style());
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void previewShowsEveryPageOfTheDocumentAtA4(DocumentKind kind) {
    model.kindProperty().set(kind);

    controller.onPreview();

    int expected = pageCount(bytesOf(kind));
    assertThat(dialogs.errors).isEmpty();
    assertThat(model.pagesProperty()).hasSize(expected);
    for (PageImage page : model.pagesProperty()) {
      // A4 at 96 dpi: 794 × 1123 pixels.
      assertThat(page.width()).isBetween(792, 796);
      assertThat(page.height()).isBetween(1121, 1125);
    }
    assertThat(model.messageProperty().get()).contains(String.valueOf(expected));
  }

  @Test
  void whatWasToldIsToldAgainInTheNewLanguage() {
    controller.onPreview();

    i18n.setLocale(Messages.ENGLISH);

    assertThat(model.messageProperty().get())
        .isEqualTo("The document has " + model.pagesProperty().size() + " pages.");
  }

  @Test
  void choosingAnotherDocumentForgetsTheShownPages() {
    controller.onPreview();
    assertThat(model.hasPages().get()).isTrue();

    model.kindProperty().set(DocumentKind.ATTENDANCE_SHEET);

    assertThat(model.pagesProperty()).isEmpty();
  }

  @Test
  void saveWritesAWholePdfWhereTheUserChose() throws Exception {
    Path target = out.resolve("bien-ban.pdf");
    dialogs.saveTargets.add(target);

    controller.onSave();

    byte[] written = Files.readAllBytes(target);
    assertThat(new String(written, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pageCount(written)).isEqualTo(pageCount(bytesOf(DocumentKind.MINUTES)));
    assertThat(model.savedProperty().get()).isEqualTo(target);
    assertThat(dialogs.suggestedNames).containsExactly("Biên bản hội nghị 2018.pdf");
    try (var files = Files.list(out)) {
      assertThat(files).as("no temporary file left behind").containsExactly(target);
    }
  }

  @Test
  void nothingIsWrittenWhenTheUserCancelsTheChooser() throws Exception {
    controller.onSave();

    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
    assertThat(model.savedProperty().get()).isNull();
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void aFileThatCannotBeWrittenIsToldAndNothingIsSaved() {
    dialogs.saveTargets.add(out.resolve("no-such-folder").resolve("x.pdf"));

    controller.onSave();

    assertThat(dialogs.errors).singleElement().asString().contains("no-such-folder");
    assertThat(model.savedProperty().get()).isNull();
  }

  @Test
  void theSavedFileOpensInTheSystemViewerOrItsPlaceIsTold() {
    Path target = out.resolve("a.pdf");
    dialogs.saveTargets.add(target);
    controller.onSave();

    controller.onOpenSaved();
    canOpen = false;
    controller.onOpenSaved();

    assertThat(opened).containsExactly(target, target);
    assertThat(dialogs.infos).singleElement().asString().contains(target.toString());
  }

  @Test
  void printingSendsEveryPageOfTheDocument() {
    controller.onPrint();

    int expected = pageCount(bytesOf(DocumentKind.MINUTES));
    assertThat(printed).singleElement().satisfies(pages -> assertThat(pages).hasSize(expected));
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void withoutAPrinterNothingIsDrawnAndTheUserIsTold() {
    printerKnown = false;

    controller.onPrint();

    assertThat(printed).isEmpty();
    assertThat(dialogs.errors).singleElement().asString().contains("Không tìm thấy máy in");
  }

  @Test
  void aPrinterThatFailsIsTold() {
    printOutcome = PagePrinter.Outcome.FAILED;

    controller.onPrint();

    assertThat(dialogs.errors).singleElement().asString().contains("Không in được");
  }

  @Test
  void aDocumentThatCannotBeMadeYetIsExplained() throws Exception {
    long fresh =
        s.conferences()
            .create(
                new vn.binhxet.service.NewConference(
                    "Khối thi đua",
                    2019,
                    "Hội nghị tổng kết năm 2019",
                    java.time.LocalDate.of(2019, 12, 5),
                    "Hội trường",
                    DocumentStyle.STATE,
                    List.of("Sở Tư pháp", "Công an tỉnh"),
                    1,
                    2,
                    0));
    var p = s.preparation().read(fresh);
    session.setConference(p.conference(), p.outcomes());
    model.kindProperty().set(DocumentKind.COUNTING_RECORDS);

    controller.onPreview();

    assertThat(model.styleProperty().get()).isEqualTo(DocumentStyle.STATE);
    assertThat(model.pagesProperty()).isEmpty();
    assertThat(dialogs.errors).singleElement().asString().contains("kiểm phiếu");
  }

  private byte[] bytesOf(DocumentKind kind) {
    var style = model.styleProperty().get();
    return switch (kind) {
      case MINUTES -> s.documents().minutes(id, style);
      case COUNTING_RECORDS -> s.documents().countingRecords(id, style);
      case BALLOT_PAPERS -> s.documents().ballotPapers(id, null);
      case ATTENDANCE_SHEET -> s.documents().attendanceSheet(id, style);
    };
  }

  private static int pageCount(byte[] pdf) {
    return new PdfPageImages().render(pdf, 9).size();
  }
}
