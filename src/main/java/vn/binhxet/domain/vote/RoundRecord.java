package vn.binhxet.domain.vote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /** What an entry checks before it writes, as this round stands. */
  public RoundHead head() {
    return new RoundHead(
        ref, setup, mode, status, accounting.collected(), first.size(), second.size());
  }

  /**
   * The round once {@code ballot} is stored in entry {@code pass} (1 or 2), in place of the ballot
   * of the same number if there is one: the ballots of an entry stay in number order, as they are
   * read back.
   */
  /** Whether a ballot numbered {@code seq} comes after every ballot of entry {@code pass}. */
  public boolean comesLast(int pass, int seq) {
    List<Ballot> ballots = pass == 1 ? first : second;
    return ballots.isEmpty() || ballots.get(ballots.size() - 1).seq() < seq;
  }

  public RoundRecord withBallot(int pass, Ballot ballot) {
    List<Ballot> ballots = new ArrayList<>(pass == 1 ? first : second);
    int at = position(ballots, ballot.seq());
    if (at >= 0) {
      ballots.set(at, ballot);
    } else {
      ballots.add(-at - 1, ballot);
    }
    return withBallots(pass, ballots);
  }

  /** The round once ballot {@code seq} of entry {@code pass} is removed (if it is there). */
  public RoundRecord withoutBallot(int pass, int seq) {
    List<Ballot> ballots = new ArrayList<>(pass == 1 ? first : second);
    int at = position(ballots, seq);
    if (at >= 0) {
      ballots.remove(at);
    }
    return withBallots(pass, ballots);
  }

  /** The round once the show of hands for {@code option} is {@code count}. */
  public RoundRecord withHands(String option, HandsCount count) {
    Map<String, HandsCount> counts = new LinkedHashMap<>(hands.counts());
    counts.put(option, count);
    return new RoundRecord(
        ref,
        setup,
        mode,
        status,
        openedAt,
        closedAt,
        new HandsTally(counts),
        raised,
        accounting,
        first,
        second,
        stored,
        chairDecision,
        chairChoice);
  }

  private RoundRecord withBallots(int pass, List<Ballot> ballots) {
    return new RoundRecord(
        ref,
        setup,
        mode,
        status,
        openedAt,
        closedAt,
        hands,
        raised,
        accounting,
        pass == 1 ? ballots : first,
        pass == 1 ? second : ballots,
        stored,
        chairDecision,
        chairChoice);
  }

  private static final java.util.Comparator<Ballot> BY_SEQ =
      java.util.Comparator.comparingInt(Ballot::seq);

  /** Where ballot {@code seq} is in {@code bySeq}, or {@code -(where it would go) - 1}. */
  private static int position(List<Ballot> bySeq, int seq) {
    return java.util.Collections.binarySearch(bySeq, Ballot.valid(seq, Map.of()), BY_SEQ);
  }
}
