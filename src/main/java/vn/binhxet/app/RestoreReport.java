package vn.binhxet.app;

import vn.binhxet.service.RestoreService;
import vn.binhxet.ui.common.I18n;

/** What the window says once a backup is restored. */
final class RestoreReport {
  private RestoreReport() {}

  static String of(RestoreService.Restored done, I18n i18n) {
    StringBuilder text =
        new StringBuilder(
            i18n.tr(
                "backup.ui.restored",
                done.contents().location(),
                done.contents().conferences().size(),
                done.contents().auditEntries()));
    if (done.keptAs() != null) {
      text.append("\n\n").append(i18n.tr("backup.ui.kept", done.keptAs()));
    }
    if (done.contents().encrypted()) {
      text.append("\n\n").append(i18n.tr("backup.ui.backupPassword"));
    }
    if (done.contents().withoutPassword()) {
      text.append("\n\n").append(i18n.tr("backup.ui.withoutPassword"));
    }
    return text.toString();
  }
}
