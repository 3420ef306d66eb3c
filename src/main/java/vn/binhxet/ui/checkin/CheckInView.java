package vn.binhxet.ui.checkin;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.binhxet.ui.common.I18n;

/** The check-in list: one box per unit, Space ticks the selected one; the quorum above, large. */
public final class CheckInView {
  private static final PseudoClass NOT_MET = PseudoClass.getPseudoClass("not-met");

  private final VBox root = new VBox(10);

  public CheckInView(CheckInModel model, CheckInController controller, I18n i18n) {
    root.getStyleClass().add("check-in");
    root.setPadding(new Insets(12));

    Label hint = new Label();
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    hint.textProperty().bind(i18n.bind("checkin.hint"));

    Label quorum = new Label();
    quorum.setId("checkin-quorum");
    quorum.getStyleClass().add("quorum");
    quorum.setWrapText(true);
    quorum.textProperty().bind(model.quorumProperty());
    model
        .quorumMetProperty()
        .addListener((o, was, met) -> quorum.pseudoClassStateChanged(NOT_MET, !met));
    quorum.pseudoClassStateChanged(NOT_MET, !model.quorumMetProperty().get());

    ListView<CheckInModel.UnitRow> list = new ListView<>(model.units());
    list.setId("checkin-units");
    list.setCellFactory(l -> new UnitCell(controller));
    // Keyboard first: arrows to move, Space to tick the unit that is selected.
    list.setOnKeyPressed(
        e -> {
          CheckInModel.UnitRow row = list.getSelectionModel().getSelectedItem();
          if (e.getCode() == javafx.scene.input.KeyCode.SPACE && row != null) {
            controller.onToggle(row.name(), !row.presentProperty().get());
            e.consume();
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    list.setMaxHeight(Double.MAX_VALUE);

    Label saved = new Label();
    saved.getStyleClass().add("muted");
    saved.textProperty().bind(model.savedProperty());

    ListView<CheckInModel.PersonRow> people = new ListView<>(model.people());
    people.setId("checkin-people");
    people.setCellFactory(l -> new PersonCell(controller));
    people.setOnKeyPressed(
        e -> {
          CheckInModel.PersonRow row = people.getSelectionModel().getSelectedItem();
          if (e.getCode() == javafx.scene.input.KeyCode.SPACE && row != null) {
            controller.onToggleDelegate(row.position(), !row.present());
            e.consume();
          }
        });
    Label unitsTitle = new Label();
    unitsTitle.getStyleClass().add("section-title");
    unitsTitle.textProperty().bind(i18n.bind("checkin.units"));
    Label peopleTitle = new Label();
    peopleTitle.getStyleClass().add("section-title");
    peopleTitle.textProperty().bind(i18n.bind("checkin.people"));
    VBox left = new VBox(6, unitsTitle, list);
    VBox right = new VBox(6, peopleTitle, people);
    VBox.setVgrow(people, Priority.ALWAYS);
    javafx.scene.layout.HBox lists = new javafx.scene.layout.HBox(12, left, right);
    javafx.scene.layout.HBox.setHgrow(left, Priority.ALWAYS);
    javafx.scene.layout.HBox.setHgrow(right, Priority.ALWAYS);
    left.setPrefWidth(420);
    right.setPrefWidth(480);
    VBox.setVgrow(lists, Priority.ALWAYS);
    root.getChildren().addAll(quorum, hint, lists, saved);
  }

  public Node node() {
    return root;
  }

  private static final class PersonCell extends ListCell<CheckInModel.PersonRow> {
    private final CheckBox box = new CheckBox();

    PersonCell(CheckInController controller) {
      box.setOnAction(
          e -> {
            if (getItem() != null) {
              controller.onToggleDelegate(getItem().position(), box.isSelected());
            }
          });
      box.setWrapText(true);
    }

    @Override
    protected void updateItem(CheckInModel.PersonRow item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      box.setText(item.time().isEmpty() ? item.label() : item.label() + "  (" + item.time() + ")");
      box.setSelected(item.present());
      box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
      setGraphic(box);
    }
  }

  private static final class UnitCell extends ListCell<CheckInModel.UnitRow> {
    private final CheckBox box = new CheckBox();
    // A row's presence changes in place when it is saved; the box follows the row it shows.
    private final javafx.beans.value.ChangeListener<Boolean> follow =
        (o, was, is) -> box.setSelected(is);
    private CheckInModel.UnitRow shown;

    UnitCell(CheckInController controller) {
      box.setOnAction(
          e -> {
            if (getItem() != null) {
              controller.onToggle(getItem().name(), box.isSelected());
            }
          });
    }

    @Override
    protected void updateItem(CheckInModel.UnitRow item, boolean empty) {
      super.updateItem(item, empty);
      if (shown != null) {
        shown.presentProperty().removeListener(follow);
        shown = null;
      }
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      shown = item;
      item.presentProperty().addListener(follow);
      box.setText(item.name());
      box.setSelected(item.presentProperty().get());
      setGraphic(box);
    }
  }
}
