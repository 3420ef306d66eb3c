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

  /** The member units of a cluster in the latest year before {@code year} that has any. */
  List<Unit> membersBefore(String clusterName, int year);
}
