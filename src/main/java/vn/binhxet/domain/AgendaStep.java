package vn.binhxet.domain;

import java.util.Objects;

/**
 * One step of the agenda. {@code votePosition} is the position (from 1) of the vote taken in this
 * step in the conference's list of votes, or null.
 */
public record AgendaStep(AgendaStepKind kind, String title, Integer votePosition, String notes) {
  public AgendaStep {
    Objects.requireNonNull(kind, "kind");
    title = Text.required(title, "agenda step title");
    notes = Text.optional(notes);
    if (votePosition != null && votePosition < 1) {
      throw new IllegalArgumentException("vote position starts at 1: " + votePosition);
    }
  }
}
