package vn.binhxet.ui.listimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.service.Problem;
import vn.binhxet.service.imports.ListReading;
import vn.binhxet.service.imports.ListRow;
import vn.binhxet.service.imports.SourceFormat;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.DialogService.FileFilter;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Imports a list file in two steps: the file is read into a preview (off the FX thread), and only
 * when the user confirms are its good rows saved, all or none, through the editor that shows them.
 */
public final class ListImportController<R extends ListRow> {
  private final ListImportModel model;
  private final SessionModel session;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final ImportTarget<R> target;
  private final InvalidationListener relabel = o -> render();
  private ListReading<R> reading;

  public ListImportController(
      ListImportModel model,
      SessionModel session,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n,
      ImportTarget<R> target) {
    this.model = model;
    this.session = session;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.target = target;
    i18n.messagesProperty().addListener(relabel);
  }

  public void close() {
    i18n.messagesProperty().removeListener(relabel);
  }

  /** Asks for a file and reads it into the preview; nothing is saved. */
  public void onChooseFile() {
    SavedConference c = session.conference();
    if (c == null || model.openProperty().get()) {
      return;
    }
    Optional<Path> chosen =
        dialogs.chooseFileToOpen(
            i18n.tr("import.choose.title"),
            new FileFilter(i18n.tr("import.filter.lists"), List.of("*.csv", "*.txt", "*.xlsx")),
            new FileFilter(i18n.tr("import.filter.all"), List.of("*.*")));
    if (chosen.isEmpty()) {
      return;
    }
    Path file = chosen.get();
    Conference conference = c.conference();
    reading = null;
    model.setFile(String.valueOf(file.getFileName()));
    model.setRefusal("");
    model.setReading(true);
    model.setOpen(true);
    render();
    tasks.run(
        () -> target.read(file, conference),
        r -> {
          reading = r;
          model.setReading(false);
          render();
        },
        t -> {
          model.setReading(false);
          model.setRefusal(ErrorMessages.describe(t, i18n));
        });
  }

  /** Saves the good rows, all or none; the preview closes once they are stored. */
  public void onConfirm() {
    if (reading == null || !model.canImportProperty().get()) {
      return;
    }
    model.setSaving(true);
    model.setRefusal("");
    target.save(
        reading.goodRows(),
        () -> {
          model.setSaving(false);
          shut();
        },
        t -> {
          model.setSaving(false);
          model.setRefusal(ErrorMessages.describe(t, i18n));
        });
  }

  /** Leaves the preview; nothing was saved. */
  public void onCancel() {
    if (model.savingProperty().get()) {
      return;
    }
    shut();
  }

  private void shut() {
    reading = null;
    model.setOpen(false);
    model.setRows(List.of(), 0);
    model.setRefusal("");
  }

  /** Fills the preview's words from the reading, in the language of the moment. */
  private void render() {
    if (!model.openProperty().get()) {
      return;
    }
    model.setTitle(i18n.tr(target.titleKey()));
    ListReading<R> r = reading;
    if (r == null) {
      model.setFormat("");
      model.setFileProblems("");
      model.setIgnored("");
      model.setCounts(i18n.tr("import.preview.reading"));
      model.setConfirmLabel(i18n.tr("import.preview.confirm", 0));
      model.setRows(List.of(), 0);
      return;
    }
    model.setFormat(r.format() == null ? "" : i18n.tr("import.preview.format", format(r.format())));
    model.setFileProblems(
        r.readable()
            ? ""
            : i18n.tr("import.preview.refused")
                + "\n"
                + r.fileProblems().stream().map(this::say).collect(Collectors.joining("\n")));
    model.setIgnored(
        r.ignoredColumns().isEmpty()
            ? ""
            : i18n.tr(
                "import.preview.ignored",
                r.ignoredColumns().stream()
                    .map(h -> "“" + h + "”")
                    .collect(Collectors.joining(", "))));
    List<ListImportModel.Row> rows = new ArrayList<>();
    for (R row : r.rows()) {
      String status =
          row.ok()
              ? i18n.tr("import.preview.ok")
              : row.problems().stream().map(this::say).collect(Collectors.joining(" "));
      rows.add(new ListImportModel.Row(row.line(), target.cells(row, i18n), row.ok(), status));
    }
    int good = r.goodRows().size();
    model.setRows(rows, good);
    model.setCounts(r.readable() ? i18n.tr("import.preview.counts", good, r.badRowCount()) : "");
    model.setConfirmLabel(i18n.tr("import.preview.confirm", good));
  }

  private String say(Problem p) {
    return i18n.tr(p.messageKey(), p.args().toArray());
  }

  private String format(SourceFormat f) {
    List<String> parts = new ArrayList<>();
    parts.add(i18n.tr("import.kind." + f.kind().name()));
    if (f.encoding() != null) {
      parts.add(i18n.tr("import.encoding." + f.encoding().name()));
    }
    if (f.separator() != null) {
      parts.add(i18n.tr("import.separator." + f.separator().name()));
    }
    return String.join(", ", parts);
  }
}
