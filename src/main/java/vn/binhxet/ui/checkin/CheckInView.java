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

    Label saved = new Label();
    saved.getStyleClass().add("muted");
    saved.textProperty().bind(model.savedProperty());

    root.getChildren().addAll(quorum, hint, list, saved);
  }

  public Node node() {
    return root;
  }

  private static final class UnitCell extends ListCell<CheckInModel.UnitRow> {
    private final CheckBox box = new CheckBox();

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
      if (empty || item == null) {
        setGraphic(null);
        return;
      }
      box.setText(item.name());
      box.setSelected(item.presentProperty().get());
      setGraphic(box);
    }
  }
}
