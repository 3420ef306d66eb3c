package vn.binhxet.ui.integrity;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import vn.binhxet.ui.common.I18n;

/**
 * The check's menu item, and its warning for the status line: a link that shows the details, seen
 * only while the data no longer fit their log.
 */
public final class IntegrityView {
  private final MenuItem menuItem = new MenuItem();
  private final Hyperlink warning = new Hyperlink();

  public IntegrityView(IntegrityModel model, IntegrityController controller, I18n i18n) {
    menuItem.setId("menu-integrity");
    menuItem.textProperty().bind(i18n.bind("integrity.menu"));
    menuItem.disableProperty().bind(model.checkingProperty());
    menuItem.setOnAction(e -> controller.onCheck());

    warning.setId("integrity-warning");
    warning.getStyleClass().add("integrity-warning");
    warning.textProperty().bind(i18n.bind("integrity.status.tampered"));
    warning.visibleProperty().bind(model.tamperedProperty());
    warning.managedProperty().bind(warning.visibleProperty());
    warning.setOnAction(e -> controller.onCheck());
  }

  public MenuItem menuItem() {
    return menuItem;
  }

  public Hyperlink warning() {
    return warning;
  }
}
