package vn.binhxet.ui.people;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.ui.common.EditorState;

/** Delegates and guests: the list, and the person in the form. */
public final class PeopleModel {
  public static final String KIND = "kind";
  public static final String FULL_NAME = "fullName";
  public static final String TITLE = "title";
  public static final String UNIT = "unit";
  public static final String ORGANISATION = "organisation";
  public static final String ROLE = "role";
  public static final String ENTITLED = "entitled";

  private final EditorState state = new EditorState();
  private final ObjectProperty<ParticipantKind> kind =
      new SimpleObjectProperty<>(ParticipantKind.DELEGATE);
  private final StringProperty fullName = new SimpleStringProperty("");
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty unit = new SimpleStringProperty("");
  private final StringProperty organisation = new SimpleStringProperty("");
  private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.NONE);
  private final BooleanProperty entitled = new SimpleBooleanProperty(true);
  private final ObservableList<String> units = FXCollections.observableArrayList();
  private final ObservableList<String> unitsView = FXCollections.unmodifiableObservableList(units);

  public EditorState state() {
    return state;
  }

  // The form's fields are the user's to edit: the view binds them both ways.
  public ObjectProperty<ParticipantKind> kindProperty() {
    return kind;
  }

  public StringProperty fullNameProperty() {
    return fullName;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty unitProperty() {
    return unit;
  }

  public StringProperty organisationProperty() {
    return organisation;
  }

  public ObjectProperty<Role> roleProperty() {
    return role;
  }

  public BooleanProperty entitledProperty() {
    return entitled;
  }

  /** The member units a delegate may belong to, for the unit field. */
  public ObservableList<String> units() {
    return unitsView;
  }

  void setUnits(java.util.List<String> names) {
    units.setAll(names);
  }
}
