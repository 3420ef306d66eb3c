package vn.binhxet.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, owned by the main window and styled like it. */
public final class FxDialogService implements DialogService {
  private final Window owner;
  private final I18n i18n;

  /**
   * @param i18n the words of the buttons: JavaFX has none in Vietnamese
   */
  public FxDialogService(Window owner, I18n i18n) {
    this.owner = owner;
    this.i18n = i18n;
  }

  /** Names the dialog's buttons in the language of the screens. */
  private void localize(javafx.scene.control.DialogPane pane) {
    for (javafx.scene.control.ButtonType type : pane.getButtonTypes()) {
      String key =
          switch (type.getButtonData()) {
            case OK_DONE -> "app.button.ok";
            case CANCEL_CLOSE -> "app.button.cancel";
            case YES -> "app.button.yes";
            case NO -> "app.button.no";
            default -> null;
          };
      if (key != null && pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
        button.setText(i18n.tr(key));
      }
    }
  }

  @Override
  public void showError(String title, String message) {
    show(Alert.AlertType.ERROR, title, message);
  }

  @Override
  public void showInformation(String title, String message) {
    show(Alert.AlertType.INFORMATION, title, message);
  }

  @Override
  public boolean confirm(String title, String message) {
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
    return alert.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
  }

  @Override
  public java.util.Optional<java.util.List<String>> chooseAmong(
      String title, String prompt, java.util.List<String> options, int count) {
    javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
        new javafx.scene.control.Dialog<>();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    org.controlsfx.control.CheckListView<String> list =
        new org.controlsfx.control.CheckListView<>(
            javafx.collections.FXCollections.observableArrayList(options));
    list.setPrefHeight(Math.min(320, 40 + 28 * options.size()));
    Label text = new Label(prompt);
    text.setWrapText(true);
    text.setMaxWidth(520);
    dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(10, text, list));
    dialog
        .getDialogPane()
        .getButtonTypes()
        .addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
    javafx.scene.Node ok = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
    ok.disableProperty()
        .bind(
            javafx.beans.binding.Bindings.size(list.getCheckModel().getCheckedItems())
                .isNotEqualTo(count));
    dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
    localize(dialog.getDialogPane());
    return dialog
        .showAndWait()
        .filter(b -> b == javafx.scene.control.ButtonType.OK)
        .map(b -> java.util.List.copyOf(list.getCheckModel().getCheckedItems()));
  }

  @Override
  public java.util.Optional<String> askText(String title, String prompt) {
    javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    dialog.setContentText(prompt);
    dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
    dialog.getDialogPane().setPrefWidth(560);
    localize(dialog.getDialogPane());
    return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
  }

  @Override
  public java.util.Optional<char[]> askPassword(String title, String prompt) {
    javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog =
        new javafx.scene.control.Dialog<>();
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    Label text = new Label(prompt);
    text.setWrapText(true);
    text.setMaxWidth(520);
    javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
    field.setId("password");
    dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(10, text, field));
    dialog
        .getDialogPane()
        .getButtonTypes()
        .addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(javafx.scene.control.ButtonType.OK)
        .disableProperty()
        .bind(field.textProperty().isEmpty());
    dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
    dialog.getDialogPane().setPrefWidth(560);
    localize(dialog.getDialogPane());
    javafx.application.Platform.runLater(field::requestFocus);
    boolean ok =
        dialog.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    // Copied from the field's own characters, not through a String, so that it can be wiped.
    CharSequence typed = field.getCharacters();
    char[] password = new char[typed.length()];
    for (int i = 0; i < password.length; i++) {
      password[i] = typed.charAt(i);
    }
    field.clear();
    if (!ok) {
      java.util.Arrays.fill(password, '\0');
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(password);
  }

  @Override
  public java.util.Optional<java.nio.file.Path> chooseFileToOpen(
      String title, FileFilter... filters) {
    javafx.stage.FileChooser chooser = chooser(title, filters);
    return java.util.Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
  }

  @Override
  public java.util.Optional<java.nio.file.Path> chooseFileToSave(
      String title, String suggestedName, FileFilter... filters) {
    javafx.stage.FileChooser chooser = chooser(title, filters);
    chooser.setInitialFileName(suggestedName);
    return java.util.Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
  }

  private static javafx.stage.FileChooser chooser(String title, FileFilter... filters) {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(title);
    for (FileFilter f : filters) {
      chooser
          .getExtensionFilters()
          .add(new javafx.stage.FileChooser.ExtensionFilter(f.description(), f.patterns()));
    }
    if (!chooser.getExtensionFilters().isEmpty()) {
      chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
    }
    return chooser;
  }

  private void show(Alert.AlertType type, String title, String message) {
    alert(type, title, message).showAndWait();
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
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
    // A label asks for its unwrapped width, so a long text would stretch the dialog past the
    // screen: give it the width it may wrap in.
    if (message.lines().anyMatch(line -> line.length() > 70)) {
      text.setPrefWidth(560);
    }
    text.setPadding(new Insets(6, 0, 12, 0));
    alert.getDialogPane().setContent(text);
    alert.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
    alert.setResizable(true);
    localize(alert.getDialogPane());
    if (alert.getDialogPane().getScene().getWindow() instanceof Stage stage) {
      stage.getIcons().setAll(Styles.icons());
    }
    return alert;
  }
}
