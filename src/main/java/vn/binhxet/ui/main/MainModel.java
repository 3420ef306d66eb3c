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
