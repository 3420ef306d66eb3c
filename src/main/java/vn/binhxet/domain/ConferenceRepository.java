package vn.binhxet.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where conferences are kept. Each call joins the transaction of the caller. */
public interface ConferenceRepository {
  /** Stores a new conference, its cluster and units (reusing those already known by name). */
  long create(Conference conference, Instant createdAt);

  List<ConferenceSummary> list();

  Optional<SavedConference> find(long id);

  /** Names of the clusters already known, for the new-conference form. */
  List<String> clusterNames();

  /** Replaces the notes of the agenda step at {@code position} (from 1); null clears them. */
  void setNotes(long conferenceId, int position, String notes);

  /** Makes the step at {@code position} current: it starts now (once), the step before ends. */
  void setCurrentStep(long conferenceId, int position, Instant at);

  /** The current step ends at {@code at} (again, if it had ended before); it stays current. */
  void endCurrentStep(long conferenceId, Instant at);

  AgendaProgress progress(long conferenceId);

  /** Marks the conference as preparing, running or closed. */
  void setStatus(long conferenceId, ConferenceStatus status);

  /** The member units of a cluster in the latest year before {@code year} that has any. */
  List<Unit> membersBefore(String clusterName, int year);
}
