package vn.binhxet.ui.agenda;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.layout.VBox;
import vn.binhxet.ui.common.I18n;

/**
 * The agenda stepper: the steps on the left (the current one marked), the step shown large on the
 * right with its timing and the notes for the minutes. Alt+→ and Alt+← move the current step.
 */
public final class AgendaView {
  private final SplitPane root = new SplitPane();

  public AgendaView(AgendaModel model, AgendaController controller, I18n i18n) {
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
    HBox buttons = new HBox(8, previous, makeCurrent, next);
    buttons.setAlignment(Pos.CENTER_LEFT);

    Label notesLabel = new Label();
    notesLabel.textProperty().bind(i18n.bind("agenda.notes"));
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
    Label saved = new Label();
    saved.getStyleClass().add("muted");
    saved.textProperty().bind(model.savedProperty());
    Label open = new Label();
    open.setId("agenda-open-items");
    open.getStyleClass().add("notice");
    open.setWrapText(true);
    open.setMaxWidth(Double.MAX_VALUE);
    open.textProperty().bind(model.openItemsProperty());
    VBox right = new VBox(10, heading, timing, buttons, notesLabel, notes, saved, open);
    right.setPadding(new Insets(12));
    VBox.setVgrow(notes, Priority.ALWAYS);

    root.getItems().addAll(list, right);
    root.setDividerPositions(0.32);
    root.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null) {
                scene
                    .getAccelerators()
                    .put(
                        new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                        controller::onNext);
                scene
                    .getAccelerators()
                    .put(
                        new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                        controller::onPrevious);
              }
            });
  }

  public Node node() {
    return root;
  }
}
