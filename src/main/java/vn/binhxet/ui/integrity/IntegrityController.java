package vn.binhxet.ui.integrity;

import java.util.List;
import vn.binhxet.service.AuditService;
import vn.binhxet.service.Messages;
import vn.binhxet.service.VerdictText;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;

/**
 * Runs the integrity check in the background. Asked for from the menu, it always shows its verdict;
 * run by itself when the data is opened, it only raises the warning in the status line, so that the
 * secretary is told without being stopped in the middle of a vote.
 */
public final class IntegrityController {
  private final IntegrityModel model;
  private final AuditService audit;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;

  public IntegrityController(
      IntegrityModel model,
      AuditService audit,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.audit = audit;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
  }

  /** The user asked for the check (menu, or the warning in the status line). */
  public void onCheck() {
    check(true);
  }

  /** The data has just been opened: check once, quietly unless something no longer fits. */
  public void onDataOpened() {
    check(false);
  }

  private void check(boolean asked) {
    if (model.checkingProperty().get()) {
      return;
    }
    model.setChecking(true);
    tasks.run(
        audit::verify,
        verdict -> {
          model.setChecking(false);
          model.setTampered(!verdict.intact());
          if (asked) {
            show(verdict);
          }
        },
        failure -> {
          model.setChecking(false);
          if (asked) {
            dialogs.showError(
                i18n.tr("integrity.title"),
                i18n.tr("integrity.failed", ErrorMessages.describe(failure, i18n)));
          }
        });
  }

  private void show(AuditService.Verdict verdict) {
    String title = i18n.tr("integrity.title");
    if (verdict.intact()) {
      dialogs.showInformation(title, i18n.tr("integrity.intact", verdict.entries()));
      return;
    }
    Messages m = i18n.messagesProperty().get();
    List<String> lines = VerdictText.lines(verdict, m);
    StringBuilder text =
        new StringBuilder(i18n.tr("integrity.tampered", verdict.mismatches().size()));
    lines.forEach(line -> text.append("\n\n• ").append(line));
    text.append("\n\n").append(VerdictText.advice(m));
    dialogs.showError(title, text.toString());
  }
}
