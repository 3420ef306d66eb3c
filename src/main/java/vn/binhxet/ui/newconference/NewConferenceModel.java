package vn.binhxet.ui.newconference;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.service.Problem;

/**
 * The new-conference form. The fields are what the user types, as text, so that "abc" in a number
 * field is reported rather than lost; {@code problems} maps a field to what is wrong with it.
 */
public final class NewConferenceModel {
  public static final String CLUSTER = "cluster";
  public static final String YEAR = "year";
  public static final String TITLE = "title";
  public static final String DATE = "date";
  public static final String PLACE = "place";
  public static final String STYLE = "style";
  public static final String UNITS = "units";
  public static final String QUOTA_GOVERNMENT = "quota.government";
  public static final String QUOTA_PROVINCIAL = "quota.provincial";
  public static final String QUOTA_CERTIFICATE = "quota.certificate";

  private final StringProperty cluster = new SimpleStringProperty("");
  private final StringProperty year = new SimpleStringProperty("");
  private final StringProperty title = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty place = new SimpleStringProperty("");
  private final ObjectProperty<DocumentStyle> style =
      new SimpleObjectProperty<>(DocumentStyle.PARTY);
  private final StringProperty units = new SimpleStringProperty("");
  private final StringProperty quotaGovernment = new SimpleStringProperty("0");
  private final StringProperty quotaProvincial = new SimpleStringProperty("0");
  private final StringProperty quotaCertificate = new SimpleStringProperty("0");
  private final ObservableList<String> clusterChoices = FXCollections.observableArrayList();
  private final ObservableList<String> clusterChoicesView =
      FXCollections.unmodifiableObservableList(clusterChoices);
  private final ObservableMap<String, Problem> problems = FXCollections.observableHashMap();
  private final ObservableMap<String, Problem> problemsView =
      FXCollections.unmodifiableObservableMap(problems);
  private final ReadOnlyObjectWrapper<Integer> carriedOver = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
  private final BooleanBinding hasProblems = Bindings.isNotEmpty(problems);

  // The fields are the user's to edit: the view binds them both ways.
  public StringProperty clusterProperty() {
    return cluster;
  }

  public StringProperty yearProperty() {
    return year;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public StringProperty placeProperty() {
    return place;
  }

  public ObjectProperty<DocumentStyle> styleProperty() {
    return style;
  }

  public StringProperty unitsProperty() {
    return units;
  }

  public StringProperty quotaGovernmentProperty() {
    return quotaGovernment;
  }

  public StringProperty quotaProvincialProperty() {
    return quotaProvincial;
  }

  public StringProperty quotaCertificateProperty() {
    return quotaCertificate;
  }

  public ObservableList<String> clusterChoices() {
    return clusterChoicesView;
  }

  public ObservableMap<String, Problem> problems() {
    return problemsView;
  }

  /** The number of units carried over from the previous year, or null. */
  public ReadOnlyObjectProperty<Integer> carriedOverProperty() {
    return carriedOver.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty savingProperty() {
    return saving.getReadOnlyProperty();
  }

  public BooleanBinding hasProblemsProperty() {
    return hasProblems;
  }

  void setClusterChoices(java.util.List<String> names) {
    clusterChoices.setAll(names);
  }

  void setProblems(java.util.List<Problem> list) {
    problems.clear();
    for (Problem p : list) {
      problems.putIfAbsent(p.field(), p);
    }
  }

  void setCarriedOver(Integer count) {
    carriedOver.set(count);
  }

  void setSaving(boolean value) {
    saving.set(value);
  }
}
