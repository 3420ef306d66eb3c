package vn.binhxet.service;

import java.util.List;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * The conference as stored once a change of preparation was committed, with its votes, for the
 * screens to show at once.
 */
public record Prepared(SavedConference conference, List<VoteOutcome> outcomes) {
  public Prepared {
    outcomes = List.copyOf(outcomes);
  }
}
