package vn.binhxet.domain.vote;

import vn.binhxet.domain.Text;

/**
 * Next year's cluster head (or deputy) when it is not elected here: the unit whose turn it is by
 * rotation, or the unit appointed, with a note saying by whom or by what rule.
 */
public record HeadDecision(String unit, String note) {
  public HeadDecision {
    unit = Text.required(unit, "unit");
    note = Text.optional(note);
  }
}
