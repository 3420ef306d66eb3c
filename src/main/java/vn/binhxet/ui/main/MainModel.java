package vn.binhxet.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.binhxet.domain.ConferenceSummary;

/** The main window: the list of conferences, what the centre shows, the status line. */
public final class MainModel {
  private final ObservableList<ConferenceSummary> conferences = FXCollections.observableArrayList();
  private final ObservableList<ConferenceSummary> conferencesView =
      FXCollections.unmodifiableObservableList(conferences);
  private final ReadOnlyObjectWrapper<Long> selectedId = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.WELCOME);
  private final ReadOnlyObjectWrapper<StatusMessage> status =
      new ReadOnlyObjectWrapper<>(StatusMessage.of("main.status.ready"));
  private final ReadOnlyObjectWrapper<StatusMessage> activity = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<StatusMessage> saved = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper dataDir = new ReadOnlyStringWrapper("");
  private final BooleanBinding empty = Bindings.isEmpty(conferences);

  public ObservableList<ConferenceSummary> conferences() {
    return conferencesView;
  }

  public ReadOnlyObjectProperty<Long> selectedIdProperty() {
    return selectedId.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Screen> screenProperty() {
    return screen.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** What long work is under way ("creating the demo…"), or null: shown while the work runs. */
  public ReadOnlyObjectProperty<StatusMessage> activityProperty() {
    return activity.getReadOnlyProperty();
  }

  /** "Saved at 09:14:05": when recorded data last became durable, or null before. */
  public ReadOnlyObjectProperty<StatusMessage> savedProperty() {
    return saved.getReadOnlyProperty();
  }

  void setActivity(StatusMessage value) {
    activity.set(value);
  }

  void setSaved(StatusMessage value) {
    saved.set(value);
  }

  /** A conference's status changed: its line in the list shows it. */
  void setStatus(long id, vn.binhxet.domain.ConferenceStatus status) {
    for (int i = 0; i < conferences.size(); i++) {
      ConferenceSummary s = conferences.get(i);
      if (s.id() == id && s.status() != status) {
        conferences.set(
            i,
            new ConferenceSummary(
                s.id(),
                s.title(),
                s.clusterName(),
                s.reviewYear(),
                s.heldOn(),
                s.place(),
                status,
                s.illustrative()));
      }
    }
  }

  public ReadOnlyStringProperty dataDirProperty() {
    return dataDir.getReadOnlyProperty();
  }

  public BooleanBinding emptyProperty() {
    return empty;
  }

  void setConferences(java.util.List<ConferenceSummary> list) {
    conferences.setAll(list);
  }

  void setSelectedId(Long id) {
    selectedId.set(id);
  }

  void setScreen(Screen value) {
    screen.set(value);
  }

  void setStatus(StatusMessage value) {
    status.set(value);
  }

  void setDataDir(String value) {
    dataDir.set(value);
  }
}
