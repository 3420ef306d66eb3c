package vn.binhxet.ui.session;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.binhxet.domain.SavedConference;

/**
 * The one shared session model: the conference that is open. The console writes it through its
 * controllers; the projector only reads it.
 */
public final class SessionModel {
  private final ReadOnlyObjectWrapper<SavedConference> conference = new ReadOnlyObjectWrapper<>();
  private final BooleanBinding open = Bindings.isNotNull(conference);

  public ReadOnlyObjectProperty<SavedConference> conferenceProperty() {
    return conference.getReadOnlyProperty();
  }

  public SavedConference conference() {
    return conference.get();
  }

  public BooleanBinding openProperty() {
    return open;
  }

  /** Called by the controllers only. */
  public void setConference(SavedConference value) {
    conference.set(value);
  }
}
