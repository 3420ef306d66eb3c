package vn.binhxet.domain.vote;

import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.Vote;

/**
 * Where a vote stands after its rounds (or, for a head chosen by rotation or appointment, its
 * decision): the options chosen so far (nominated in closed rounds, or chosen by the chair among
 * the tied), whether a round is still open, and whether a tie awaits a runoff or the chair.
 */
public record VoteOutcome(
    int position, Vote vote, List<RoundRecord> rounds, HeadDecision decision) {
  public VoteOutcome {
    rounds = List.copyOf(rounds);
  }

  public VoteOutcome(int position, Vote vote, List<RoundRecord> rounds) {
    this(position, vote, rounds, null);
  }

  /**
   * Chosen in closed rounds, in order: each round's nominees, then the chair's choice among its
   * tied.
   */
  public List<String> chosen() {
    if (decision != null) {
      return List.of(decision.unit());
    }
    List<String> out = new ArrayList<>();
    for (RoundRecord r : rounds) {
      if (r.status() == RoundStatus.CLOSED && r.stored() != null) {
        out.addAll(r.stored().nominated());
        out.addAll(r.chairChoice());
      }
    }
    return out;
  }

  public boolean hasOpenRound() {
    return !rounds.isEmpty() && rounds.get(rounds.size() - 1).status() == RoundStatus.OPEN;
  }

  /** The last round closed with a tie that neither a runoff nor the chair has settled. */
  public boolean tieOpen() {
    if (rounds.isEmpty()) {
      return false;
    }
    RoundRecord last = rounds.get(rounds.size() - 1);
    return last.status() == RoundStatus.CLOSED
        && last.stored() != null
        && !last.stored().tied().isEmpty()
        && last.chairChoice().isEmpty();
  }

  /**
   * Decided: by rotation or appointment, or by rounds of which none is open and no tie is pending.
   */
  public boolean decided() {
    if (decision != null) {
      return true;
    }
    return !rounds.isEmpty() && !hasOpenRound() && !tieOpen();
  }
}
