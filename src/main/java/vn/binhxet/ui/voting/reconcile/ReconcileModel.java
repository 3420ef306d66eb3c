package vn.binhxet.ui.voting.reconcile;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The ballots on which the two blind entries differ, side by side, and the re-reading of the one
 * selected from its paper.
 */
public final class ReconcileModel {
  /** A ballot the passes disagree on: its number and what each pass made of it. */
  public record Row(int seq, String first, String second) {}

  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyObjectWrapper<Integer> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
  private final StringProperty input = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<FieldProblem> problem = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> legend = FXCollections.observableArrayList();
  private final ObservableList<String> reasons = FXCollections.observableArrayList();

  /** Both passes are complete and differ. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  public ObservableList<Row> rows() {
    return rowsView;
  }

  /** The index of the row being re-read, or null. */
  public ReadOnlyObjectProperty<Integer> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Which ballot to re-read, from its paper. */
  public ReadOnlyStringProperty promptProperty() {
    return prompt.getReadOnlyProperty();
  }

  /** The re-reading typed: the view binds it both ways. */
  public StringProperty inputProperty() {
    return input;
  }

  public ReadOnlyObjectProperty<FieldProblem> problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ObservableList<String> legend() {
    return FXCollections.unmodifiableObservableList(legend);
  }

  public ObservableList<String> reasons() {
    return FXCollections.unmodifiableObservableList(reasons);
  }

  void setActive(boolean value, String titleText) {
    active.set(value);
    title.set(titleText);
  }

  void setRows(List<Row> list) {
    rows.setAll(list);
  }

  void setSelected(Integer index, String promptText) {
    selected.set(index);
    prompt.set(promptText);
  }

  void setProblem(FieldProblem value) {
    problem.set(value);
  }

  void setLegend(List<String> options, List<String> reasonLines) {
    if (!legend.equals(options)) {
      legend.setAll(options);
    }
    if (!reasons.equals(reasonLines)) {
      reasons.setAll(reasonLines);
    }
  }
}
