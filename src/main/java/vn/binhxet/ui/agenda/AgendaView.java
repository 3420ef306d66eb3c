package vn.binhxet.ui.agenda;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;

/**
 * The agenda stepper: the steps on the left (the current one marked), the step shown large on the
 * right with its timing and the notes for the minutes, pre-filled with the suggested sentence.
 * Alt+→ and Alt+← move the current step while the view is in a scene; {@link #dispose} lets go of
 * them.
 */
public final class AgendaView {
  private final SplitPane root = new SplitPane();
  private final Map<KeyCombination, Runnable> keys;
  private final ChangeListener<Scene> sceneChanged;

  public AgendaView(AgendaModel model, AgendaController controller, I18n i18n, TaskRunner tasks) {
    root.getStyleClass().add("agenda-stepper");
    ListView<AgendaModel.StepItem> list = new ListView<>(model.steps());
    list.setId("agenda-steps");
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(AgendaModel.StepItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("current-step");
                if (empty || item == null) {
                  setGraphic(null);
                  return;
                }
                if (item.current()) {
                  getStyleClass().add("current-step");
                }
                Label title = new Label(item.position() + ". " + item.title());
                title.setWrapText(true);
                title.maxWidthProperty().bind(list.widthProperty().subtract(30));
                Label state = new Label(item.state());
                state.getStyleClass().add("item-detail");
                setGraphic(item.state().isEmpty() ? new VBox(title) : new VBox(2, title, state));
              }
            });
    list.setOnMouseClicked(
        e -> {
          AgendaModel.StepItem item = list.getSelectionModel().getSelectedItem();
          if (item != null) {
            controller.onShow(item.position());
          }
        });

    Label heading = new Label();
    heading.setId("agenda-heading");
    heading.getStyleClass().add("step-heading");
    heading.setWrapText(true);
    heading.textProperty().bind(model.headingProperty());
    Label timing = new Label();
    timing.getStyleClass().add("muted");
    timing.textProperty().bind(model.timingProperty());

    Button previous = new Button();
    previous.setId("agenda-previous");
    previous.textProperty().bind(i18n.bind("agenda.previous"));
    previous.setOnAction(e -> controller.onPrevious());
    Button makeCurrent = new Button();
    makeCurrent.setId("agenda-make-current");
    makeCurrent.textProperty().bind(i18n.bind("agenda.makeCurrent"));
    makeCurrent.setOnAction(
        e -> {
          Integer shown = model.shownProperty().get();
          if (shown != null) {
            controller.onGoTo(shown);
          }
        });
    Button next = new Button();
    next.setId("agenda-next");
    next.getStyleClass().add("accent");
    next.textProperty().bind(i18n.bind("agenda.next"));
    next.setOnAction(e -> controller.onNext());
    // A closed conference keeps its steps; moving them waits for a reopening.
    for (Button b : new Button[] {previous, makeCurrent, next}) {
      b.disableProperty().bind(model.closedProperty());
    }
    next.visibleProperty().bind(model.canFinishProperty().not());
    next.managedProperty().bind(next.visibleProperty());
    Button finish = new Button();
    finish.setId("agenda-finish");
    finish.getStyleClass().add("accent");
    finish.textProperty().bind(i18n.bind("agenda.finish"));
    finish.setOnAction(e -> controller.onFinish());
    finish.visibleProperty().bind(model.canFinishProperty());
    finish.managedProperty().bind(finish.visibleProperty());
    finish.disableProperty().bind(tasks.busyProperty());
    Button reopen = new Button();
    reopen.setId("agenda-reopen");
    reopen.textProperty().bind(i18n.bind("agenda.reopen"));
    reopen.setOnAction(e -> controller.onReopen());
    reopen.visibleProperty().bind(model.closedProperty());
    reopen.managedProperty().bind(reopen.visibleProperty());
    reopen.disableProperty().bind(tasks.busyProperty());
    HBox buttons = new HBox(8, previous, makeCurrent, next, finish, reopen);
    buttons.setAlignment(Pos.CENTER_LEFT);
    Label closed = new Label();
    closed.setId("agenda-closed");
    closed.getStyleClass().add("notice");
    closed.setWrapText(true);
    closed.textProperty().bind(i18n.bind("agenda.closedNotice"));
    closed.visibleProperty().bind(model.closedProperty());
    closed.managedProperty().bind(closed.visibleProperty());

    Label notesLabel = new Label();
    notesLabel.textProperty().bind(i18n.bind("agenda.notes"));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Button insert = new Button();
    insert.setId("agenda-insert-suggestion");
    insert.textProperty().bind(i18n.bind("agenda.suggestion.insert"));
    insert.setOnAction(e -> controller.onInsertSuggestion());
    insert.disableProperty().bind(model.canInsertSuggestionProperty().not());
    HBox notesBar = new HBox(8, notesLabel, gap, insert);
    notesBar.setAlignment(Pos.CENTER_LEFT);
    TextArea notes = new TextArea();
    notes.setId("agenda-notes");
    notes.setWrapText(true);
    notes.textProperty().bindBidirectional(model.notesProperty());
    notes
        .focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                controller.onSaveNotes();
              }
            });
    notesLabel.setLabelFor(notes);
    Label hint = new Label();
    hint.setId("agenda-suggestion-hint");
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    hint.textProperty().bind(i18n.bind("agenda.suggestion.hint"));
    hint.visibleProperty().bind(model.suggestionProperty().isNotEmpty());
    hint.managedProperty().bind(hint.visibleProperty());
    Label saved = new Label();
    saved.getStyleClass().add("muted");
    saved.textProperty().bind(model.savedProperty());
    Label open = new Label();
    open.setId("agenda-open-items");
    open.getStyleClass().add("notice");
    open.setWrapText(true);
    open.setMaxWidth(Double.MAX_VALUE);
    open.textProperty().bind(model.openItemsProperty());
    VBox right = new VBox(10, heading, timing, buttons, closed, notesBar, notes, hint, saved, open);
    right.setPadding(new Insets(12));
    VBox.setVgrow(notes, Priority.ALWAYS);
    // When the window is short, the notes give up height; the texts around them stay whole.
    notes.setMinHeight(90);
    for (Label l : new Label[] {heading, timing, closed, hint, saved, open}) {
      l.setMinHeight(Region.USE_PREF_SIZE);
    }

    root.getItems().addAll(list, right);
    root.setDividerPositions(0.32);
    keys =
        Map.of(
            new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), controller::onNext,
            new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), controller::onPrevious);
    sceneChanged =
        (o, was, is) -> {
          if (was != null) {
            release(was);
          }
          if (is != null) {
            is.getAccelerators().putAll(keys);
          }
        };
    root.sceneProperty().addListener(sceneChanged);
  }

  public Node node() {
    return root;
  }

  /** The view is closed: its keys leave the scene, which may outlive it. */
  public void dispose() {
    root.sceneProperty().removeListener(sceneChanged);
    if (root.getScene() != null) {
      release(root.getScene());
    }
  }

  private void release(Scene scene) {
    // Only our own entries: another view may have put its own under the same keys since.
    keys.forEach((key, action) -> scene.getAccelerators().remove(key, action));
  }
}
