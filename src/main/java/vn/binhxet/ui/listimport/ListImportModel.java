package vn.binhxet.ui.listimport;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The preview of a list file before it is imported: how the file was read, its rows each marked
 * good or bad and why, and whether anything may be imported. Nothing here is saved.
 */
public final class ListImportModel {
  /** A row of the file: its line, its values as shown, and what is wrong with it (if anything). */
  public record Row(int line, List<String> cells, boolean ok, String status) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  private final List<String> columnKeys;
  private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper format = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper fileProblems = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper ignored = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper confirmLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper good = new ReadOnlyIntegerWrapper();
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final BooleanBinding canImport;

  /**
   * @param columnKeys the message keys of the value columns, in the order of a row's cells
   */
  public ListImportModel(List<String> columnKeys) {
    this.columnKeys = List.copyOf(columnKeys);
    canImport =
        Bindings.createBooleanBinding(
            () -> open.get() && !reading.get() && !saving.get() && good.get() > 0,
            open,
            reading,
            saving,
            good);
  }

  public List<String> columnKeys() {
    return columnKeys;
  }

  public ReadOnlyBooleanProperty openProperty() {
    return open.getReadOnlyProperty();
  }

  /** The file is being read (the preview shows its progress). */
  public ReadOnlyBooleanProperty readingProperty() {
    return reading.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** "Format: CSV, UTF-8, semicolons"; empty until known. */
  public ReadOnlyStringProperty formatProperty() {
    return format.getReadOnlyProperty();
  }

  /** Why the file as a whole cannot be imported, one reason a line; empty when it can. */
  public ReadOnlyStringProperty fileProblemsProperty() {
    return fileProblems.getReadOnlyProperty();
  }

  /** The columns of the file that are not used; empty when none. */
  public ReadOnlyStringProperty ignoredProperty() {
    return ignored.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty countsProperty() {
    return counts.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty confirmLabelProperty() {
    return confirmLabel.getReadOnlyProperty();
  }

  /** Why the confirmed import was refused (or the file could not be read); empty otherwise. */
  public ReadOnlyStringProperty refusalProperty() {
    return refusal.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty goodProperty() {
    return good.getReadOnlyProperty();
  }

  public ObservableList<Row> rows() {
    return rowsView;
  }

  /** Open, read, not saving, with at least one good row. */
  public BooleanBinding canImportProperty() {
    return canImport;
  }

  void setOpen(boolean value) {
    open.set(value);
  }

  void setReading(boolean value) {
    reading.set(value);
  }

  void setSaving(boolean value) {
    saving.set(value);
  }

  void setTitle(String value) {
    title.set(value);
  }

  void setFile(String value) {
    file.set(value);
  }

  void setFormat(String value) {
    format.set(value);
  }

  void setFileProblems(String value) {
    fileProblems.set(value);
  }

  void setIgnored(String value) {
    ignored.set(value);
  }

  void setCounts(String value) {
    counts.set(value);
  }

  void setConfirmLabel(String value) {
    confirmLabel.set(value);
  }

  void setRefusal(String value) {
    refusal.set(value);
  }

  void setRows(List<Row> list, int goodRows) {
    rows.setAll(list);
    good.set(goodRows);
  }
}
