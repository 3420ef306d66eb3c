package vn.binhxet.ui.documents;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.PageImages;
import vn.binhxet.domain.PageImages.PageImage;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.service.DocumentService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Makes the chosen document of the open conference and shows, saves, opens or prints it. Each
 * action makes the document afresh, so what is saved is what is recorded at that moment.
 */
public final class DocumentsController {
  /** Sharp enough to read on screen, small enough for many pages. */
  static final int SCREEN_DPI = 96;

  static final int PRINT_DPI = 200;

  private final DocumentsModel model;
  private final SessionModel session;
  private final DocumentService documents;
  private final PageImages pageImages;
  private final SystemViewer viewer;
  private final PagePrinter printer;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final InvalidationListener reload = o -> onReload();
  private final InvalidationListener stale = o -> forget();
  private final InvalidationListener relabel = o -> retell();
  private Long shown;
  private String toldKey;
  private Object[] toldArgs = new Object[0];

  public DocumentsController(
      DocumentsModel model,
      SessionModel session,
      DocumentService documents,
      PageImages pageImages,
      SystemViewer viewer,
      PagePrinter printer,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.documents = documents;
    this.pageImages = pageImages;
    this.viewer = viewer;
    this.printer = printer;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    session.conferenceProperty().addListener(reload);
    model.kindProperty().addListener(stale);
    model.styleProperty().addListener(stale);
    i18n.messagesProperty().addListener(relabel);
    onReload();
  }

  public void close() {
    session.conferenceProperty().removeListener(reload);
    model.kindProperty().removeListener(stale);
    model.styleProperty().removeListener(stale);
    i18n.messagesProperty().removeListener(relabel);
  }

  /** Another conference was opened: its own style, nothing previewed or saved yet. */
  public void onReload() {
    SavedConference c = session.conference();
    Long id = c == null ? null : c.id();
    if (Objects.equals(id, shown)) {
      return;
    }
    shown = id;
    if (c != null) {
      model.styleProperty().set(c.conference().header().style());
    }
    forget();
    model.setSaved(null);
  }

  public void onPreview() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    var kind = model.kindProperty().get();
    var style = model.styleProperty().get();
    tell("documents.ui.making");
    tasks.runWithProgress(
        p -> pageImages.render(make(c.id(), kind, style), SCREEN_DPI),
        pages -> {
          model.setPages(pages);
          tell("documents.ui.pages", pages.size());
        },
        this::failed);
  }

  /** Asks where, then writes the whole file beside it first, so a failure leaves no half file. */
  public void onSave() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    var kind = model.kindProperty().get();
    var style = model.styleProperty().get();
    String name =
        i18n.tr("documents.file." + kind.name()) + " " + c.conference().reviewYear() + ".pdf";
    var target =
        dialogs.chooseFileToSave(
            i18n.tr("documents.ui.saveTitle"),
            name,
            new DialogService.FileFilter("PDF", java.util.List.of("*.pdf")));
    if (target.isEmpty()) {
      return;
    }
    Path file = target.get();
    tasks.runWithProgress(
        p -> write(file, make(c.id(), kind, style)),
        saved -> {
          model.setSaved(saved);
          tell("documents.ui.saved", saved.toString());
        },
        t -> {
          if (t instanceof IOException e) {
            tell(null);
            dialogs.showError(
                i18n.tr("documents.ui.errorTitle"),
                i18n.tr(
                    "documents.ui.writeFailed", file.toString(), String.valueOf(e.getMessage())));
          } else {
            failed(t);
          }
        });
  }

  /** Opens the last saved file; where that is not possible, says where it is. */
  public void onOpenSaved() {
    Path file = model.savedProperty().get();
    if (file == null) {
      return;
    }
    tasks.run(
        () -> viewer.open(file),
        opened -> {
          if (!opened) {
            dialogs.showInformation(
                i18n.tr("documents.ui.openTitle"),
                i18n.tr("documents.ui.cannotOpen", file.toString()));
          }
        },
        this::failed);
  }

  /** Draws the pages sharper than on screen, then lets the user choose the printer. */
  public void onPrint() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    if (!printer.available()) {
      printed(PagePrinter.Outcome.NO_PRINTER, List.of());
      return;
    }
    var kind = model.kindProperty().get();
    var style = model.styleProperty().get();
    String job = i18n.tr("documents.file." + kind.name());
    tasks.runWithProgress(
        p -> pageImages.render(make(c.id(), kind, style), PRINT_DPI),
        pages -> printed(printer.print(job, pages), pages),
        this::failed);
  }

  private void printed(PagePrinter.Outcome outcome, List<PageImage> pages) {
    switch (outcome) {
      case PRINTED -> tell("documents.ui.printed", pages.size());
      case CANCELLED -> tell(null);
      case NO_PRINTER ->
          dialogs.showError(i18n.tr("documents.ui.printTitle"), i18n.tr("documents.ui.noPrinter"));
      case FAILED ->
          dialogs.showError(
              i18n.tr("documents.ui.printTitle"), i18n.tr("documents.ui.printFailed"));
    }
  }

  private byte[] make(long id, DocumentKind kind, vn.binhxet.domain.DocumentStyle style) {
    return switch (kind) {
      case MINUTES -> documents.minutes(id, style);
      case COUNTING_RECORDS -> documents.countingRecords(id, style);
      case BALLOT_PAPERS -> documents.ballotPapers(id, null);
      case ATTENDANCE_SHEET -> documents.attendanceSheet(id, style);
    };
  }

  static Path write(Path target, byte[] pdf) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, ".binhxet-", ".pdf.part");
    try {
      Files.write(temp, pdf);
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Says what happened; {@code key} null says nothing. Told again in a newly chosen language. */
  private void tell(String key, Object... args) {
    toldKey = key;
    toldArgs = args;
    retell();
  }

  private void retell() {
    model.setMessage(toldKey == null ? "" : i18n.tr(toldKey, toldArgs));
  }

  private void forget() {
    model.setPages(List.of());
    tell(null);
  }

  private void failed(Throwable t) {
    tell(null);
    dialogs.showError(i18n.tr("documents.ui.errorTitle"), ErrorMessages.describe(t, i18n));
  }
}
