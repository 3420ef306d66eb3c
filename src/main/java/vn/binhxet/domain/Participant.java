package vn.binhxet.domain;

import java.util.Objects;

/**
 * A delegate of a member unit or a guest. A person the sources do not name is recorded by role and
 * title only ({@code fullName} null), never under an invented name.
 */
public record Participant(
    ParticipantKind kind,
    String fullName,
    String title,
    String unitName,
    String organisation,
    Role role,
    boolean entitledToVote) {
  public Participant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    fullName = Text.optional(fullName);
    title = Text.optional(title);
    unitName = Text.optional(unitName);
    organisation = Text.optional(organisation);
    if (fullName == null && title == null && role == Role.NONE) {
      throw new IllegalArgumentException("a participant needs a name, a title or a role");
    }
    if (kind == ParticipantKind.GUEST && entitledToVote) {
      throw new IllegalArgumentException("a guest does not vote");
    }
  }
}
