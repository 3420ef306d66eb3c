package vn.binhxet.domain;

import java.time.Instant;
import java.util.Objects;

/** A conference as stored: its id, where it stands, and what it is. */
public record SavedConference(
    long id, ConferenceStatus status, Instant createdAt, Conference conference) {
  public SavedConference {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(conference, "conference");
  }
}
