package vn.binhxet.service;

import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.Text;

/**
 * A delegate or guest as typed: checked by the service, field by field, before it becomes a {@link
 * vn.binhxet.domain.Participant}.
 */
public record PersonDraft(
    ParticipantKind kind,
    String fullName,
    String title,
    String unitName,
    String organisation,
    Role role,
    boolean entitledToVote) {
  public PersonDraft {
    fullName = Text.optional(fullName);
    title = Text.optional(title);
    unitName = Text.optional(unitName);
    organisation = Text.optional(organisation);
  }
}
