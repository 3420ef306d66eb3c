package vn.binhxet.domain.vote;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.Text;

/**
 * The count of a secret ballot: ballots issued and collected, invalid ones by reason, and per
 * option the votes for (and against, where the ballot has agree/disagree columns). Valid ballots
 * are never entered: they are collected minus invalid, always.
 */
public record BallotTally(
    int issued,
    int collected,
    Map<InvalidReason, Integer> invalid,
    Map<String, Integer> votesFor,
    Map<String, Integer> votesAgainst)
    implements Tally {
  public BallotTally {
    invalid =
        Collections.unmodifiableMap(
            invalid.isEmpty() ? new EnumMap<>(InvalidReason.class) : new EnumMap<>(invalid));
    votesFor = normalised(votesFor);
    votesAgainst = normalised(votesAgainst);
  }

  private static Map<String, Integer> normalised(Map<String, Integer> votes) {
    Map<String, Integer> copy = new LinkedHashMap<>();
    votes.forEach((option, n) -> copy.put(Text.required(option, "option"), n));
    return Collections.unmodifiableMap(copy);
  }

  public long invalidTotal() {
    return invalid.values().stream().mapToLong(Integer::longValue).sum();
  }

  public long valid() {
    return collected - invalidTotal();
  }

  /**
   * This count with {@code ballot} entered after the ballots it counts: what {@link #fromBallots}
   * gives for them and it, without going through them all again on each of a thousand entries.
   */
  public BallotTally plus(Ballot ballot) {
    if (!ballot.isValid()) {
      Map<InvalidReason, Integer> more = new EnumMap<>(InvalidReason.class);
      more.putAll(invalid);
      more.merge(ballot.invalid(), 1, Integer::sum);
      return new BallotTally(issued, collected + 1, more, votesFor, votesAgainst);
    }
    Map<String, Integer> moreFor = new LinkedHashMap<>(votesFor);
    Map<String, Integer> moreAgainst = new LinkedHashMap<>(votesAgainst);
    ballot
        .marks()
        .forEach(
            (option, mark) ->
                (mark == Mark.FOR ? moreFor : moreAgainst).merge(option, 1, Integer::sum));
    return new BallotTally(issued, collected + 1, invalid, moreFor, moreAgainst);
  }

  /**
   * The totals of ballots entered one by one, for the round's options: every ballot entered is a
   * ballot collected.
   */
  public static BallotTally fromBallots(int issued, List<String> options, List<Ballot> ballots) {
    Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
    Map<String, Integer> votesFor = new LinkedHashMap<>();
    // An option no ballot chose has 0 votes, which is recorded, not missing.
    options.forEach(o -> votesFor.put(o, 0));
    Map<String, Integer> votesAgainst = new LinkedHashMap<>();
    for (Ballot b : ballots) {
      if (!b.isValid()) {
        invalid.merge(b.invalid(), 1, Integer::sum);
        continue;
      }
      b.marks()
          .forEach(
              (option, mark) ->
                  (mark == Mark.FOR ? votesFor : votesAgainst).merge(option, 1, Integer::sum));
    }
    return new BallotTally(issued, ballots.size(), invalid, votesFor, votesAgainst);
  }
}
