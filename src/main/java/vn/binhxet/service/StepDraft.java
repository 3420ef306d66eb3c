package vn.binhxet.service;

import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.Text;

/**
 * An agenda step as typed: what happens in it, its title, and the vote taken in it: an existing
 * vote by position, a new motion on the step's title ({@code newMotion}), or none.
 */
public record StepDraft(
    AgendaStepKind kind, String title, Integer votePosition, boolean newMotion) {
  public StepDraft {
    title = Text.optional(title == null ? null : title.replaceAll("\\s*\\R\\s*", " "));
  }
}
