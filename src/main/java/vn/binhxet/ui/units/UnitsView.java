package vn.binhxet.ui.units;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.I18n;

/** The member units: the list, and beside it the form of the unit selected or new. */
public final class UnitsView {
  private final EditorPane pane;

  public UnitsView(UnitsModel model, UnitsController controller, I18n i18n, List<Node> more) {
    TextField name = new TextField();
    name.setId("unit-name");
    name.textProperty().bindBidirectional(model.nameProperty());
    TextField shortName = new TextField();
    shortName.setId("unit-short-name");
    shortName.textProperty().bindBidirectional(model.shortNameProperty());

    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, EditorPane.label(i18n, "prep.unit.name", name), name);
    form.addRow(1, EditorPane.label(i18n, "prep.unit.shortName", shortName), shortName);
    GridPane.setHgrow(name, Priority.ALWAYS);

    Button carry = EditorPane.button(i18n, "prep.carry", controller::onCarryOver);
    java.util.List<Node> extra = new java.util.ArrayList<>();
    extra.add(carry);
    extra.addAll(more);
    pane =
        new EditorPane(
            model.state(),
            i18n,
            List.of(
                EditorPane.column(i18n, "conference.col.number", 0, 56, false),
                EditorPane.column(i18n, "conference.col.unit", 1, 420, true),
                EditorPane.column(i18n, "prep.unit.shortName", 2, 150, false)),
            form,
            Map.of(UnitsModel.NAME, name, UnitsModel.SHORT_NAME, shortName),
            name,
            controller,
            extra);
  }

  public Node node() {
    return pane.node();
  }
}
