package vn.binhxet.ui.password;

import java.util.List;
import javafx.scene.control.MenuItem;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;

/** The File menu's password items, for the main window to place. */
public final class PasswordMenu {
  private final List<MenuItem> items;

  public PasswordMenu(PasswordController controller, I18n i18n, TaskRunner tasks) {
    MenuItem change = new MenuItem();
    change.setId("menu-password");
    change.textProperty().bind(i18n.bind("menu.file.password"));
    change.setOnAction(e -> controller.onChangePassword());
    MenuItem remove = new MenuItem();
    remove.setId("menu-password-remove");
    remove.textProperty().bind(i18n.bind("menu.file.passwordRemove"));
    remove.setOnAction(e -> controller.onRemovePassword());
    // Either closes the data while the file is encrypted again: not while a write is under way.
    change.disableProperty().bind(tasks.busyProperty());
    remove.disableProperty().bind(tasks.busyProperty());
    items = List.of(change, remove);
  }

  public List<MenuItem> items() {
    return items;
  }
}
