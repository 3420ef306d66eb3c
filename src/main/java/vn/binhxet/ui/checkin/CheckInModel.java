package vn.binhxet.ui.checkin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Check-in of the member units: who is here, and whether the quorum is met. */
public final class CheckInModel {
  /** A member unit and whether it is checked in. */
  public static final class UnitRow {
    private final String name;
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();

    UnitRow(String name, boolean present) {
      this.name = name;
      this.present.set(present);
    }

    public String name() {
      return name;
    }

    public ReadOnlyBooleanProperty presentProperty() {
      return present.getReadOnlyProperty();
    }

    void setPresent(boolean value) {
      present.set(value);
    }
  }

  /** A delegate or guest: who, and when they checked in (empty when not yet). */
  public record PersonRow(int position, String label, boolean present, String time) {}

  private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
  private final ObservableList<PersonRow> peopleView =
      FXCollections.unmodifiableObservableList(people);

  public ObservableList<PersonRow> people() {
    return peopleView;
  }

  void setPeople(java.util.List<PersonRow> rows) {
    people.setAll(rows);
  }

  private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
  private final ObservableList<UnitRow> unitsView = FXCollections.unmodifiableObservableList(units);
  private final ReadOnlyStringWrapper quorum = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper quorumMet = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");

  public ObservableList<UnitRow> units() {
    return unitsView;
  }

  /** The quorum in words: who is present out of whom, and what the rule needs. */
  public ReadOnlyStringProperty quorumProperty() {
    return quorum.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty quorumMetProperty() {
    return quorumMet.getReadOnlyProperty();
  }

  /** That the last change was saved, and when. */
  public ReadOnlyStringProperty savedProperty() {
    return saved.getReadOnlyProperty();
  }

  /**
   * The same units again only change their presence in place: replacing the rows would drop the
   * list's selection, and the next ↓ Space would tick the wrong unit.
   */
  void setUnits(java.util.List<UnitRow> rows) {
    boolean same = rows.size() == units.size();
    for (int i = 0; same && i < rows.size(); i++) {
      same = rows.get(i).name().equals(units.get(i).name());
    }
    if (!same) {
      units.setAll(rows);
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      units.get(i).setPresent(rows.get(i).presentProperty().get());
    }
  }

  void setQuorum(String text, boolean met) {
    quorum.set(text);
    quorumMet.set(met);
  }

  void setSaved(String text) {
    saved.set(text);
  }
}
