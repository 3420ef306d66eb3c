package vn.binhxet.ui.conference;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open conference as the overview shows it: texts ready for display, in the current language.
 */
public final class ConferenceOverviewModel {
  /** A row of a table: its cells, in column order. */
  public record Row(java.util.List<String> cells) {
    public Row {
      cells = java.util.List.copyOf(cells);
    }

    public String cell(int i) {
      return cells.get(i);
    }
  }

  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper cluster = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper date = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper host = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper year = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper style = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper illustrative = new ReadOnlyBooleanWrapper();
  private final ObservableList<Row> units = FXCollections.observableArrayList();
  private final ObservableList<Row> unitsView = FXCollections.unmodifiableObservableList(units);
  private final ObservableList<Row> people = FXCollections.observableArrayList();
  private final ObservableList<Row> peopleView = FXCollections.unmodifiableObservableList(people);
  private final ObservableList<Row> agenda = FXCollections.observableArrayList();
  private final ObservableList<Row> agendaView = FXCollections.unmodifiableObservableList(agenda);
  private final ObservableList<Row> awards = FXCollections.observableArrayList();
  private final ObservableList<Row> results = FXCollections.observableArrayList();
  private final ObservableList<Row> resultsView = FXCollections.unmodifiableObservableList(results);
  private final ObservableList<Row> awardsView = FXCollections.unmodifiableObservableList(awards);

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty clusterProperty() {
    return cluster.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty dateProperty() {
    return date.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty placeProperty() {
    return place.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty hostProperty() {
    return host.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty yearProperty() {
    return year.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty styleProperty() {
    return style.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty illustrativeProperty() {
    return illustrative.getReadOnlyProperty();
  }

  public ObservableList<Row> units() {
    return unitsView;
  }

  public ObservableList<Row> people() {
    return peopleView;
  }

  public ObservableList<Row> agenda() {
    return agendaView;
  }

  public ObservableList<Row> awards() {
    return awardsView;
  }

  public ObservableList<Row> results() {
    return resultsView;
  }

  void setResults(java.util.List<Row> rows) {
    results.setAll(rows);
  }

  void set(
      String title,
      String cluster,
      String date,
      String place,
      String host,
      String year,
      String style,
      String status,
      boolean illustrative) {
    this.title.set(title);
    this.cluster.set(cluster);
    this.date.set(date);
    this.place.set(place);
    this.host.set(host);
    this.year.set(year);
    this.style.set(style);
    this.status.set(status);
    this.illustrative.set(illustrative);
  }

  void setRows(
      java.util.List<Row> units,
      java.util.List<Row> people,
      java.util.List<Row> agenda,
      java.util.List<Row> awards) {
    this.units.setAll(units);
    this.people.setAll(people);
    this.agenda.setAll(agenda);
    this.awards.setAll(awards);
  }
}
