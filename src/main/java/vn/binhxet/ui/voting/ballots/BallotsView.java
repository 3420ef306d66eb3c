package vn.binhxet.ui.voting.ballots;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.round.Decorations;

/**
 * The ballot being typed (Enter saves it and clears the field for the next), the running count,
 * this pass's last ballots, and the keys on screen: the options' numbers and the reasons of an
 * invalid ballot.
 */
public final class BallotsView {
  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination PASS_1 =
      new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination PASS_2 =
      new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);

  private final VBox root = new VBox(8);

  public BallotsView(BallotsModel model, BallotsController controller, I18n i18n) {
    root.setId("voting-ballots");
    root.getStyleClass().add("ballot-entry");

    ToggleGroup passes = new ToggleGroup();
    ToggleButton first = passButton("voting-pass-1", "voting.ballot.pass1", passes, i18n);
    ToggleButton second = passButton("voting-pass-2", "voting.ballot.pass2", passes, i18n);
    first.setOnAction(e -> controller.onPass(1));
    second.setOnAction(e -> controller.onPass(2));
    model
        .passProperty()
        .addListener((o, was, is) -> (is.intValue() == 2 ? second : first).setSelected(true));
    first.setSelected(true);
    Label passTitle = new Label();
    passTitle.getStyleClass().add("pass-title");
    passTitle.textProperty().bind(model.passTitleProperty());
    HBox passBar = new HBox(8, first, second, passTitle);
    passBar.setAlignment(Pos.CENTER_LEFT);
    passBar.visibleProperty().bind(model.twiceProperty());
    passBar.managedProperty().bind(model.twiceProperty());

    Label progress = new Label();
    progress.setId("voting-ballot-count");
    progress.getStyleClass().add("ballot-progress");
    progress.setWrapText(true);
    progress.textProperty().bind(model.progressProperty());

    TextField input = new TextField();
    input.setId("voting-ballot-input");
    input.getStyleClass().add("ballot-input");
    input.textProperty().bindBidirectional(model.inputProperty());
    input.setOnAction(e -> controller.onEnter());
    input.setPrefColumnCount(24);
    Decorations.follow(input, model.problemProperty());
    Label problem = new Label();
    problem.setId("voting-ballot-problem");
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.problemProperty().get() == null
                        ? ""
                        : model.problemProperty().get().text(),
                model.problemProperty()));
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    Button undo = new Button();
    undo.setId("voting-ballot-undo");
    undo.textProperty().bind(i18n.bind("voting.ballot.undo"));
    undo.setOnAction(e -> controller.onUndo());
    HBox line = new HBox(8, input, undo);
    line.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(input, Priority.ALWAYS);

    Label hint = new Label();
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    hint.textProperty().bind(i18n.bind("voting.ballot.hint"));
    Label seats = new Label();
    seats.getStyleClass().add("column-title");
    seats.textProperty().bind(model.seatsProperty());

    VBox options = column(i18n, "voting.ballot.options", model.legend(), "voting-ballot-legend");
    VBox reasons = column(i18n, "voting.ballot.reasons", model.reasons(), "voting-ballot-reasons");
    VBox recent = column(i18n, "voting.ballot.recent", model.recent(), "voting-ballot-recent");
    HBox keys = new HBox(16, options, reasons, recent);
    HBox.setHgrow(options, Priority.ALWAYS);
    HBox.setHgrow(reasons, Priority.ALWAYS);
    HBox.setHgrow(recent, Priority.ALWAYS);
    reasons.setMinWidth(290);
    recent.setMinWidth(330);

    root.getChildren().addAll(passBar, progress, line, problem, hint, seats, keys);
    root.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          // Ctrl+Z here takes back a ballot, not a keystroke: the field is cleared after each one.
          if (UNDO.match(e)) {
            controller.onUndo();
            e.consume();
          } else if (PASS_1.match(e)) {
            controller.onPass(1);
            e.consume();
          } else if (PASS_2.match(e)) {
            controller.onPass(2);
            e.consume();
          }
        });
    root.visibleProperty().bind(model.activeProperty());
    root.managedProperty().bind(model.activeProperty());
  }

  public Node node() {
    return root;
  }

  private static ToggleButton passButton(String id, String key, ToggleGroup group, I18n i18n) {
    ToggleButton b = new ToggleButton();
    b.setId(id);
    b.setToggleGroup(group);
    b.textProperty().bind(i18n.bind(key));
    return b;
  }

  private static VBox column(
      I18n i18n, String titleKey, javafx.collections.ObservableList<String> items, String id) {
    Label title = new Label();
    title.getStyleClass().add("column-title");
    title.textProperty().bind(i18n.bind(titleKey));
    ListView<String> list = new ListView<>(items);
    list.setId(id);
    list.setFocusTraversable(false);
    list.setPrefHeight(200);
    list.setMinWidth(180);
    list.getStyleClass().add("legend");
    return new VBox(4, title, list);
  }
}
