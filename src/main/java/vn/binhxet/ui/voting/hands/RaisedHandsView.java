package vn.binhxet.ui.voting.hands;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.round.Decorations;

/**
 * The options on the left with their counts; on the right the voters present for the selected
 * option, each with how it raised its hand. The keys are on screen: ↑↓ voter, ←→ option, 1 2 3 0 or
 * Space to tick, Ctrl+A all for, Enter save.
 */
public final class RaisedHandsView {
  private static final KeyCombination ALL_FOR =
      new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

  private final HBox root = new HBox(12);

  public RaisedHandsView(RaisedHandsModel model, RaisedHandsController controller, I18n i18n) {
    root.setId("voting-raised");
    root.getStyleClass().add("raised-hands");

    ListView<RaisedHandsModel.OptionItem> options = new ListView<>(model.options());
    options.setId("voting-raised-options");
    options.setFocusTraversable(false);
    options.setPrefWidth(300);
    options.setMinWidth(260);
    options.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(RaisedHandsModel.OptionItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                  setGraphic(null);
                  return;
                }
                Label name = new Label((getIndex() + 1) + ". " + item.option());
                name.setWrapText(true);
                name.getStyleClass().add("item-title");
                name.maxWidthProperty().bind(l.widthProperty().subtract(30));
                Label summary = new Label(item.summary());
                summary.setWrapText(true);
                summary.maxWidthProperty().bind(l.widthProperty().subtract(30));
                summary.getStyleClass().add(item.saved() ? "item-detail" : "unsaved");
                setGraphic(new VBox(2, name, summary));
              }
            });
    model
        .optionProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                options.getSelectionModel().select(is.intValue());
                options.scrollTo(is.intValue());
              }
            });
    options
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, was, is) -> {
              if (is.intValue() >= 0 && !is.equals(model.optionProperty().get())) {
                controller.onSelectOption(is.intValue());
              }
            });

    Label title = new Label();
    title.getStyleClass().add("section-title");
    title.setWrapText(true);
    title.textProperty().bind(model.titleProperty());
    Label counts = new Label();
    counts.setId("voting-raised-counts");
    counts.getStyleClass().add("ballot-progress");
    counts.setWrapText(true);
    counts.textProperty().bind(model.countsProperty());

    ListView<RaisedHandsModel.VoterRow> voters = new ListView<>(model.voters());
    voters.setId("voting-raised-units");
    voters.setCellFactory(l -> new VoterCell(i18n));
    model
        .voterProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                voters.getSelectionModel().select(is.intValue());
                voters.scrollTo(Math.max(0, is.intValue() - 3));
              }
            });
    model
        .voters()
        .addListener(
            (javafx.collections.ListChangeListener<Object>)
                c -> {
                  Integer at = model.voterProperty().get();
                  if (at != null) {
                    voters.getSelectionModel().select(at.intValue());
                  }
                });
    voters
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, was, is) -> {
              if (is.intValue() >= 0 && !is.equals(model.voterProperty().get())) {
                controller.onSelectVoter(is.intValue());
              }
            });
    voters.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (ALL_FOR.match(e)) {
            controller.onAllFor();
            e.consume();
            return;
          }
          switch (e.getCode()) {
            case DIGIT1, NUMPAD1 -> controller.onTick(Choice.FOR);
            case DIGIT2, NUMPAD2 -> controller.onTick(Choice.AGAINST);
            case DIGIT3, NUMPAD3 -> controller.onTick(Choice.ABSTAIN);
            case DIGIT0, NUMPAD0, DELETE, BACK_SPACE -> controller.onTick(null);
            case SPACE -> controller.onCycle();
            case LEFT -> controller.onMoveOption(-1);
            case RIGHT -> controller.onMoveOption(1);
            case ENTER -> controller.onSave();
            default -> {
              return;
            }
          }
          e.consume();
        });
    Decorations.follow(voters, model.problemProperty());
    VBox.setVgrow(voters, Priority.ALWAYS);

    Label problem = new Label();
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.problemProperty().get() == null
                        ? ""
                        : model.problemProperty().get().text(),
                model.problemProperty()));
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    Label keys = new Label();
    keys.setId("voting-raised-keys");
    keys.getStyleClass().add("key-legend");
    keys.setWrapText(true);
    keys.setMinHeight(Region.USE_PREF_SIZE);
    keys.textProperty().bind(i18n.bind("voting.raised.keys"));

    VBox right = new VBox(8, title, counts, voters, problem, keys);
    HBox.setHgrow(right, Priority.ALWAYS);
    root.getChildren().addAll(options, right);
    root.setPrefHeight(430);
    root.visibleProperty().bind(model.activeProperty());
    root.managedProperty().bind(model.activeProperty());
  }

  public Node node() {
    return root;
  }

  private static final class VoterCell extends ListCell<RaisedHandsModel.VoterRow> {
    private final I18n i18n;
    private final Label name = new Label();
    private final Label choice = new Label();
    private final HBox box = new HBox(10);

    VoterCell(I18n i18n) {
      this.i18n = i18n;
      Region gap = new Region();
      HBox.setHgrow(gap, Priority.ALWAYS);
      name.setWrapText(true);
      choice.setMinWidth(Region.USE_PREF_SIZE);
      box.getChildren().addAll(name, gap, choice);
    }

    @Override
    protected void updateItem(RaisedHandsModel.VoterRow item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      name.setText(item.name());
      name.maxWidthProperty().bind(getListView().widthProperty().subtract(200));
      Choice c = item.choiceProperty().get();
      choice.setText(c == null ? "—" : i18n.tr("voting.raised.choice." + c.name()));
      choice
          .getStyleClass()
          .setAll(
              "label",
              "choice",
              c == null ? "choice-none" : "choice-" + c.name().toLowerCase(java.util.Locale.ROOT));
      setGraphic(box);
    }
  }
}
