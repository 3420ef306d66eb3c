package vn.binhxet.ui.voting;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.round.EntryStatusModel;

/**
 * The votes on the left; on the right the selected vote: its round, the way to open the next one,
 * the round's actions with their keys, the line saying what was saved, and below them the panel
 * that takes the round's entries.
 */
public final class VotingView {
  private static final KeyCombination OPEN =
      new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination CLOSE =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination LIST =
      new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

  private final SplitPane root = new SplitPane();
  private final I18n i18n;

  public VotingView(
      VotingModel model,
      VotingController controller,
      EntryStatusModel status,
      I18n i18n,
      List<Node> panels) {
    this.i18n = i18n;
    root.getStyleClass().add("voting");

    // The list shows a copy of the votes: when they are replaced (a round closed, a state changed)
    // the list would move its selection by itself, and that move must not select another vote.
    javafx.collections.ObservableList<VotingModel.VoteItem> shown =
        javafx.collections.FXCollections.observableArrayList(model.votes());
    ListView<VotingModel.VoteItem> list = new ListView<>(shown);
    boolean[] syncing = {false};
    model
        .votes()
        .addListener(
            (javafx.collections.ListChangeListener<VotingModel.VoteItem>)
                c -> {
                  syncing[0] = true;
                  try {
                    shown.setAll(model.votes());
                    Integer selected = model.selectedProperty().get();
                    shown.stream()
                        .filter(v -> selected != null && v.position() == selected)
                        .findFirst()
                        .ifPresentOrElse(
                            v -> list.getSelectionModel().select(v),
                            () -> list.getSelectionModel().clearSelection());
                  } finally {
                    syncing[0] = false;
                  }
                });
    list.setId("voting-votes");
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(VotingModel.VoteItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label title = new Label(item.position() + ". " + item.title());
                title.setWrapText(true);
                title.getStyleClass().add("item-title");
                title.maxWidthProperty().bind(list.widthProperty().subtract(30));
                Label state = new Label(item.state());
                state.getStyleClass().add("item-detail");
                state.setWrapText(true);
                state.maxWidthProperty().bind(list.widthProperty().subtract(30));
                setGraphic(new VBox(2, title, state));
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null
                  && !syncing[0]
                  && !Integer.valueOf(is.position()).equals(model.selectedProperty().get())) {
                controller.onSelectVote(is.position());
              }
            });
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            controller.onEnterVote();
            e.consume();
          }
        });

    Label heading = new Label();
    heading.getStyleClass().add("section-title");
    heading.setWrapText(true);
    heading.textProperty().bind(model.headingProperty());
    Label round = new Label();
    round.setId("voting-round");
    round.setWrapText(true);
    round.textProperty().bind(model.roundProperty());

    ComboBox<VotingModel.ModeItem> mode = new ComboBox<>(model.modes());
    mode.setId("voting-mode");
    mode.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(VotingModel.ModeItem item) {
            return item == null ? "" : item.label();
          }

          @Override
          public VotingModel.ModeItem fromString(String text) {
            return null;
          }
        });
    mode.valueProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null && !is.equals(model.modeProperty().get())) {
                controller.onChooseMode(is.mode());
              }
            });
    model.modeProperty().addListener((o, was, is) -> mode.setValue(is));
    Label modeLabel = new Label();
    modeLabel.textProperty().bind(i18n.bind("voting.mode"));
    modeLabel.setLabelFor(mode);
    Button open = button("voting-open", "voting.open", controller::onOpenRound);
    open.textProperty().unbind();
    open.textProperty()
        .bind(
            Bindings.when(model.tieProperty())
                .then(i18n.bind("voting.runoff"))
                .otherwise(i18n.bind("voting.open")));
    open.setDefaultButton(false);
    HBox opening = new HBox(8, modeLabel, mode, open);
    opening.setAlignment(Pos.CENTER_LEFT);
    opening.visibleProperty().bind(model.canOpenProperty());
    opening.managedProperty().bind(model.canOpenProperty());

    Button chair = button("voting-chair", "voting.chair", controller::onChairDecision);
    shownWith(chair, model.tieProperty());
    Button head = button("voting-head", "voting.head.record", controller::onRecordHeadDecision);
    shownWith(head, model.canDecideHeadProperty());
    Button undo = button("voting-undo", "voting.undo", controller::onUndo);
    shownWith(undo, model.canUndoProperty());
    Button close = button("voting-close", "voting.close", controller::onCloseRound);
    close.getStyleClass().add("accent");
    shownWith(close, model.enteringProperty());
    Button reopen = button("voting-reopen", "voting.reopen", controller::onReopen);
    shownWith(reopen, model.canReopenProperty());
    HBox actions = new HBox(8, chair, head, undo, close, reopen);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label saved = new Label();
    saved.setId("voting-saved");
    saved.getStyleClass().add("saved");
    saved.setWrapText(true);
    saved.textProperty().bind(status.savedProperty());
    saved.managedProperty().bind(saved.textProperty().isNotEmpty());
    Label message = new Label();
    message.setId("voting-message");
    message.getStyleClass().add("error-text");
    message.setWrapText(true);
    message.textProperty().bind(status.messageProperty());
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    Label keys = new Label();
    keys.getStyleClass().add("key-legend");
    keys.setWrapText(true);
    // The scroll pane above takes the height; the keys keep all their lines.
    keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    keys.textProperty().bind(i18n.bind("voting.keys"));

    VBox body = new VBox(12);
    body.getChildren().addAll(panels);
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    VBox right = new VBox(8, heading, round, opening, actions, saved, message, scroll, keys);
    right.setPadding(new Insets(12));
    VBox.setVgrow(scroll, Priority.ALWAYS);

    root.getItems().addAll(list, right);
    // The entry panels ask for more room than they need; without a floor the list of votes is
    // squeezed until every title wraps over three lines.
    list.setMinWidth(240);
    SplitPane.setResizableWithParent(list, false);
    root.setDividerPositions(0.25);
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (OPEN.match(e)) {
            controller.onOpenRound();
          } else if (CLOSE.match(e)) {
            controller.onCloseRound();
          } else if (LIST.match(e)) {
            list.requestFocus();
          } else if (UNDO.match(e) && model.canUndoProperty().get()) {
            controller.onUndo();
          } else {
            return;
          }
          e.consume();
        });
    // The controllers say where the next keystroke is expected; the node is found by its id.
    status
        .focusProperty()
        .addListener(
            (o, was, is) -> {
              if (is == null) {
                return;
              }
              Node target = root.lookup("#" + is.target());
              if (target != null) {
                javafx.application.Platform.runLater(target::requestFocus);
              }
            });
    model
        .selectedProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                list.getItems().stream()
                    .filter(v -> v.position() == is)
                    .findFirst()
                    .ifPresent(v -> list.getSelectionModel().select(v));
              }
            });
  }

  public Node node() {
    return root;
  }

  private static void shownWith(Node node, javafx.beans.value.ObservableBooleanValue when) {
    node.visibleProperty().bind(when);
    node.managedProperty().bind(when);
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button();
    b.setId(id);
    b.textProperty().bind(i18n.bind(key));
    b.setOnAction(e -> action.run());
    // Focus lands on a button when it is the next step: Enter presses it, as Space does.
    b.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            b.fire();
            e.consume();
          }
        });
    return b;
  }
}
