package vn.binhxet.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.binhxet.service.Problem;

/**
 * What every preparation editor shows besides its own form: the list, the row being edited (-1 for
 * a new one), the problems by field, when the last change was saved, and a line of news or refusal.
 * The views read it; only the feature's controller writes it.
 */
public final class EditorState {
  /** A row of the list, as text. */
  public record Row(List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    public String cell(int i) {
      return cells.get(i);
    }
  }

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
  private final ObservableMap<String, Problem> problems = FXCollections.observableHashMap();
  private final ObservableMap<String, Problem> problemsView =
      FXCollections.unmodifiableObservableMap(problems);
  private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper();

  public ObservableList<Row> rows() {
    return rowsView;
  }

  /** The index of the row in the form, or -1 when the form holds a new one. */
  public ReadOnlyIntegerProperty selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ObservableMap<String, Problem> problems() {
    return problemsView;
  }

  /** "Saved at …": that the last change is stored. */
  public ReadOnlyStringProperty savedProperty() {
    return saved.getReadOnlyProperty();
  }

  /** News of the last action, or why it was refused. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty refusedProperty() {
    return refused.getReadOnlyProperty();
  }

  // Written by the feature controllers only.

  public void setRows(List<Row> list, int select) {
    rows.setAll(list);
    selected.set(select < list.size() ? select : -1);
  }

  public void select(int index) {
    selected.set(index);
  }

  public void setProblems(List<Problem> list) {
    problems.clear();
    for (Problem p : list) {
      problems.putIfAbsent(p.field(), p);
    }
  }

  public void setSaved(String text) {
    saved.set(text);
  }

  public void setMessage(String text, boolean isRefusal) {
    message.set(text);
    refused.set(isRefusal);
  }
}
