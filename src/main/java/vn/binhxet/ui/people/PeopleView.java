package vn.binhxet.ui.people;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EnumWords;
import vn.binhxet.ui.common.I18n;

/** Delegates and guests: the list, and beside it the form of the person selected or new. */
public final class PeopleView {
  private final EditorPane pane;

  /**
   * @param more buttons beside the form's own (the import)
   */
  public PeopleView(PeopleModel model, PeopleController controller, I18n i18n, List<Node> more) {
    ComboBox<ParticipantKind> kind =
        new ComboBox<>(FXCollections.observableArrayList(ParticipantKind.values()));
    kind.setId("person-kind");
    kind.valueProperty().bindBidirectional(model.kindProperty());
    EnumWords.show(kind, i18n, "kind.");
    TextField fullName = new TextField();
    fullName.setId("person-name");
    fullName.textProperty().bindBidirectional(model.fullNameProperty());
    TextField title = new TextField();
    title.setId("person-title");
    title.textProperty().bindBidirectional(model.titleProperty());
    ComboBox<String> unit = new ComboBox<>(model.units());
    unit.setId("person-unit");
    unit.valueProperty().bindBidirectional(model.unitProperty());
    unit.setMaxWidth(Double.MAX_VALUE);
    TextField organisation = new TextField();
    organisation.setId("person-organisation");
    organisation.textProperty().bindBidirectional(model.organisationProperty());
    ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
    role.setId("person-role");
    role.valueProperty().bindBidirectional(model.roleProperty());
    EnumWords.show(role, i18n, "role.");
    CheckBox entitled = new CheckBox();
    entitled.setId("person-entitled");
    entitled.textProperty().bind(i18n.bind("prep.person.entitled"));
    entitled.selectedProperty().bindBidirectional(model.entitledProperty());

    // A guest comes from an organisation and does not vote; a delegate from a member unit.
    var guest = Bindings.equal(model.kindProperty(), ParticipantKind.GUEST);
    unit.disableProperty().bind(guest);
    organisation.disableProperty().bind(guest.not());
    entitled.disableProperty().bind(guest);

    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, EditorPane.label(i18n, "prep.person.kindLabel", kind), kind);
    form.addRow(1, EditorPane.label(i18n, "prep.person.fullName", fullName), fullName);
    form.addRow(2, EditorPane.label(i18n, "prep.person.title", title), title);
    form.addRow(3, EditorPane.label(i18n, "prep.person.unit", unit), unit);
    form.addRow(4, EditorPane.label(i18n, "prep.person.organisation", organisation), organisation);
    form.addRow(5, EditorPane.label(i18n, "prep.person.role", role), role);
    form.add(entitled, 1, 6);
    GridPane.setHgrow(fullName, Priority.ALWAYS);

    pane =
        new EditorPane(
            model.state(),
            i18n,
            List.of(
                // Beside the form the list has some 430 px at 1366×768: each column keeps room
                // for its longest word ("Khách mời" wraps between its words, never inside one).
                EditorPane.column(i18n, "conference.col.number", 0, 34, 34, false),
                EditorPane.column(i18n, "conference.col.name", 1, 110, 86, true),
                EditorPane.column(i18n, "conference.col.title", 2, 120, 84, true),
                EditorPane.column(i18n, "conference.col.unit", 3, 120, 84, true),
                EditorPane.column(i18n, "conference.col.role", 4, 80, 72, false),
                EditorPane.column(i18n, "prep.person.votes", 5, 60, 60, false)),
            form,
            Map.of(
                PeopleModel.KIND, kind,
                PeopleModel.FULL_NAME, fullName,
                PeopleModel.TITLE, title,
                PeopleModel.UNIT, unit,
                PeopleModel.ORGANISATION, organisation,
                PeopleModel.ROLE, role,
                PeopleModel.ENTITLED, entitled),
            fullName,
            controller,
            more);
  }

  public Node node() {
    return pane.node();
  }
}
