package vn.binhxet.domain.vote;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A round as stored: how it was opened, what has been entered so far, and, once closed, its
 * confirmed result. {@code hands} and {@code accounting} are empty, never null, before anything is
 * entered; {@code accounting} holds issued, collected and invalid ballots (and, for totals, the
 * votes); {@code first} and {@code second} are the single ballots of the two blind entries.
 */
public record RoundRecord(
    RoundRef ref,
    RoundSetup setup,
    EntryMode mode,
    RoundStatus status,
    Instant openedAt,
    Instant closedAt,
    HandsTally hands,
    Map<String, Map<String, Choice>> raised,
    BallotTally accounting,
    List<Ballot> first,
    List<Ballot> second,
    RoundResult stored,
    String chairDecision,
    List<String> chairChoice) {
  public RoundRecord {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(hands, "hands");
    Objects.requireNonNull(accounting, "accounting");
    raised = Map.copyOf(raised);
    first = List.copyOf(first);
    second = List.copyOf(second);
    chairChoice = List.copyOf(chairChoice);
  }

  /** What the round's entries add up to, in its entry mode. */
  public Tally tally() {
    return switch (mode) {
      case HANDS -> hands;
      case HANDS_RAISED -> HandsTally.fromRaisedHands(raised);
      case BALLOT_TOTALS -> accounting;
      case BALLOTS, BALLOTS_TWICE ->
          BallotTally.fromBallots(accounting.issued(), setup.options(), first);
    };
  }

  /**
   * The result to show: the confirmed one of a closed round, else the live count of an open one, or
   * null while its entries have errors.
   */
  public RoundResult currentResult() {
    if (stored != null) {
      return stored;
    }
    return Checks.hasErrors(Checks.of(setup, tally(), null, ballots()))
        ? null
        : VoteEngine.result(setup, tally());
  }

  /** The single ballots, when the round is entered ballot by ballot. */
  public List<Ballot> ballots() {
    return mode.singleBallots() ? first : List.of();
  }
}
