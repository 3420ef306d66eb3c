package vn.binhxet.ui.backup;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;

/** The File menu's backup items, for the main window to place. */
public final class BackupMenu {
  private final List<MenuItem> items;

  public BackupMenu(BackupController controller, I18n i18n, TaskRunner tasks) {
    MenuItem now = new MenuItem();
    now.setId("menu-backup-now");
    now.textProperty().bind(i18n.bind("menu.file.backupNow"));
    now.setOnAction(e -> controller.onBackUpNow());
    MenuItem restore = new MenuItem();
    restore.setId("menu-restore");
    restore.textProperty().bind(i18n.bind("menu.file.restore"));
    restore.setOnAction(e -> controller.onRestore());
    // A restore closes the data: not while a write is under way.
    restore.disableProperty().bind(tasks.busyProperty());
    items = List.of(new SeparatorMenuItem(), now, restore);
  }

  public List<MenuItem> items() {
    return items;
  }
}
