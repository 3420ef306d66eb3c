package vn.binhxet.ui.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.binhxet.service.Backup;
import vn.binhxet.service.BackupService;
import vn.binhxet.service.RestoreService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;

/**
 * "Back up now" and "Restore from a backup". A backup is checked before the user is asked to
 * confirm, so the question says what it holds; the restore itself is the app's ({@link
 * RestoreAction}), which closes and reopens the data around it.
 */
public final class BackupController {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final BackupService backups;
  private final Supplier<RestoreService> restorers;
  private final RestoreAction restore;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final Clock clock;

  public BackupController(
      BackupService backups,
      Supplier<RestoreService> restorers,
      RestoreAction restore,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n,
      Clock clock) {
    this.backups = backups;
    this.restorers = restorers;
    this.restore = restore;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.clock = clock;
  }

  /** Saves a backup of the data where the user chooses. */
  public void onBackUpNow() {
    String suggested = "binhxet-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
    Optional<Path> target =
        dialogs.chooseFileToSave(
            i18n.tr("backup.ui.saveTitle"),
            suggested,
            new DialogService.FileFilter(i18n.tr("backup.ui.filter"), List.of("*.zip")));
    if (target.isEmpty()) {
      return;
    }
    String location = target.get().toAbsolutePath().normalize().toString();
    tasks.run(
        () -> {
          backups.exportTo(location);
          return location;
        },
        saved ->
            dialogs.showInformation(
                i18n.tr("backup.ui.saveTitle"), i18n.tr("backup.ui.saved", saved)),
        this::fail);
  }

  /** Lists the data folder's backups to choose from (or another file), checks it, then asks. */
  public void onRestore() {
    tasks.run(backups::list, this::choose, this::fail);
  }

  private void choose(List<Backup> list) {
    Optional<String> location = list.isEmpty() ? chooseFile() : chooseAmong(list);
    // One restorer per choice: a backup's password typed for the check is the one the restore
    // that follows uses, not asked a second time.
    location.ifPresent(
        chosen -> {
          RestoreService restorer = restorers.get();
          tasks.run(() -> restorer.check(chosen), this::confirm, this::fail);
        });
  }

  private Optional<String> chooseAmong(List<Backup> list) {
    List<String> labels = new ArrayList<>();
    for (Backup b : list) {
      labels.add(label(b));
    }
    String other = i18n.tr("backup.ui.otherFile");
    labels.add(other);
    Optional<List<String>> picked =
        dialogs.chooseAmong(
            i18n.tr("backup.ui.restoreTitle"), i18n.tr("backup.ui.choose"), labels, 1);
    if (picked.isEmpty() || picked.get().isEmpty()) {
      return Optional.empty();
    }
    int index = labels.indexOf(picked.get().get(0));
    if (index < 0 || index == list.size()) {
      return chooseFile();
    }
    return Optional.of(list.get(index).location());
  }

  private Optional<String> chooseFile() {
    return dialogs
        .chooseFileToOpen(
            i18n.tr("backup.ui.restoreTitle"),
            new DialogService.FileFilter(i18n.tr("backup.ui.filter"), List.of("*.zip")))
        .map(p -> p.toAbsolutePath().normalize().toString());
  }

  private void confirm(RestoreService.Contents contents) {
    String question =
        i18n.tr(
            "backup.ui.confirm",
            contents.location(),
            contents.conferences().size(),
            contents.auditEntries());
    if (contents.withoutPassword()) {
      question += "\n\n" + i18n.tr("backup.ui.confirmWithoutPassword");
    }
    if (dialogs.confirm(i18n.tr("backup.ui.restoreTitle"), question)) {
      restore.restore(contents.location());
    }
  }

  /** "03/01/2025 10:15:02 — after a round closed — 245 KB". */
  String label(Backup b) {
    String why = "backup.reason." + (b.reason() == null ? "OTHER" : b.reason().name());
    return i18n.tr(
        "backup.ui.item", b.takenAt().format(WHEN), i18n.tr(why), (b.size() + 1023) / 1024);
  }

  private void fail(Throwable t) {
    dialogs.showError(i18n.tr("backup.ui.errorTitle"), ErrorMessages.describe(t, i18n));
  }
}
