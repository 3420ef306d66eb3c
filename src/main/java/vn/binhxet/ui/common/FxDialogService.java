package vn.binhxet.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, owned by the main window and styled like it. */
public final class FxDialogService implements DialogService {
  private final Window owner;

  public FxDialogService(Window owner) {
    this.owner = owner;
  }

  @Override
  public void showError(String title, String message) {
    show(Alert.AlertType.ERROR, title, message);
  }

  @Override
  public void showInformation(String title, String message) {
    show(Alert.AlertType.INFORMATION, title, message);
  }

  private void show(Alert.AlertType type, String title, String message) {
    Alert alert = new Alert(type);
    if (owner != null) {
      alert.initOwner(owner);
    }
    alert.setTitle(title);
    alert.setHeaderText(title);
    // A wrapping label: long Vietnamese paths and sentences are never cut off.
    Label text = new Label(message);
    text.setWrapText(true);
    text.setMaxWidth(560);
    text.setPadding(new Insets(6, 0, 12, 0));
    alert.getDialogPane().setContent(text);
    alert.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
    alert.setResizable(true);
    if (alert.getDialogPane().getScene().getWindow() instanceof Stage stage) {
      stage.getIcons().setAll(Styles.icons());
    }
    alert.showAndWait();
  }
}
