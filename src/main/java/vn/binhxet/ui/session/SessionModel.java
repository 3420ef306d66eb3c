package vn.binhxet.ui.session;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * The one shared session model: the conference that is open. The console writes it through its
 * controllers; the projector only reads it.
 */
public final class SessionModel {
  private final ReadOnlyObjectWrapper<SavedConference> conference = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<List<VoteOutcome>> outcomes =
      new ReadOnlyObjectWrapper<>(List.of());
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

  /** Every vote of the open conference with its rounds, in agenda order. */
  public ReadOnlyObjectProperty<List<VoteOutcome>> outcomesProperty() {
    return outcomes.getReadOnlyProperty();
  }

  /**
   * The open conference's status changed (it started, closed or reopened): the same conference,
   * with its new status, so that everything showing the status follows.
   */
  public void setStatus(vn.binhxet.domain.ConferenceStatus status) {
    SavedConference c = conference.get();
    if (c != null && c.status() != status) {
      conference.set(new SavedConference(c.id(), status, c.createdAt(), c.conference()));
    }
  }

  /** Called by the controllers only: the conference and its votes change together. */
  public void setConference(SavedConference value, List<VoteOutcome> votes) {
    outcomes.set(List.copyOf(votes));
    conference.set(value);
  }
}
