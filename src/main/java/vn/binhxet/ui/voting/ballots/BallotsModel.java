package vn.binhxet.ui.voting.ballots;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * A secret ballot entered ballot by ballot, in one pass (of two, when entered twice blind): the
 * ballot being typed, how many are entered against those collected, and this pass's last ballots
 * (never the other pass's, never totals).
 */
public final class BallotsModel {
  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper twice = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper pass = new ReadOnlyIntegerWrapper(1);
  private final ReadOnlyStringWrapper passTitle = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper();
  private final StringProperty input = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<FieldProblem> problem = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> legend = FXCollections.observableArrayList();
  private final ObservableList<String> reasons = FXCollections.observableArrayList();
  private final ObservableList<String> recent = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper seats = new ReadOnlyStringWrapper("");

  /** A round entered ballot by ballot is open and not being reconciled. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  /** Entered twice, blind: the passes can be switched. */
  public ReadOnlyBooleanProperty twiceProperty() {
    return twice.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty passProperty() {
    return pass.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty passTitleProperty() {
    return passTitle.getReadOnlyProperty();
  }

  /** "12 of 20 ballots collected entered", or that the pass is done. */
  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Every ballot collected is entered in this pass. */
  public ReadOnlyBooleanProperty completeProperty() {
    return complete.getReadOnlyProperty();
  }

  /** The ballot being typed: the view binds it both ways. */
  public StringProperty inputProperty() {
    return input;
  }

  public ReadOnlyObjectProperty<FieldProblem> problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** The options numbered as they are typed. */
  public ObservableList<String> legend() {
    return FXCollections.unmodifiableObservableList(legend);
  }

  /** The reasons of an invalid ballot, numbered as they are typed after "/". */
  public ObservableList<String> reasons() {
    return FXCollections.unmodifiableObservableList(reasons);
  }

  /** This pass's last ballots, newest first. */
  public ObservableList<String> recent() {
    return FXCollections.unmodifiableObservableList(recent);
  }

  /** How many options a ballot may choose. */
  public ReadOnlyStringProperty seatsProperty() {
    return seats.getReadOnlyProperty();
  }

  void setActive(boolean value, boolean twice) {
    active.set(value);
    this.twice.set(twice);
  }

  void setPass(int value, String title) {
    pass.set(value);
    passTitle.set(title);
  }

  void setProgress(String text, boolean done) {
    progress.set(text);
    complete.set(done);
  }

  void setProblem(FieldProblem value) {
    problem.set(value);
  }

  void setLegend(List<String> options, List<String> reasonLines, String seatsText) {
    if (!legend.equals(options)) {
      legend.setAll(options);
    }
    if (!reasons.equals(reasonLines)) {
      reasons.setAll(reasonLines);
    }
    seats.set(seatsText);
  }

  void setRecent(List<String> lines) {
    recent.setAll(lines);
  }
}
