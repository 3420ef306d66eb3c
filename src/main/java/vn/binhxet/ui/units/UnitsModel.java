package vn.binhxet.ui.units;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.binhxet.ui.common.EditorState;

/** The member units of the year: the list, and the unit in the form (name, short name). */
public final class UnitsModel {
  public static final String NAME = "name";
  public static final String SHORT_NAME = "shortName";

  private final EditorState state = new EditorState();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty shortName = new SimpleStringProperty("");

  public EditorState state() {
    return state;
  }

  // The form's fields are the user's to edit: the view binds them both ways.
  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty shortNameProperty() {
    return shortName;
  }
}
