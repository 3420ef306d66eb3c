package vn.binhxet.domain.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.binhxet.domain.VoteRule;

/**
 * Computes a round's result from its setup and tally. Every decision is an integer comparison: a
 * share passes when {@code votes × d ? n × base}; nothing is rounded before it is decided.
 *
 * <p>The base: all entitled voters, the voters present, the ballots collected or the valid ballots.
 * A show of hands has no ballots, so there the last two mean the voters present.
 *
 * <p>When the quorum is not met the round nominates nobody; its counts and shares are still
 * reported.
 */
public final class VoteEngine {
  private VoteEngine() {}

  public static RoundResult result(RoundSetup setup, Tally tally) {
    VoteRule rule = setup.rule();
    Share attendance = new Share(setup.votersPresent(), setup.votersEntitled());
    boolean quorumMet = attendance.meets(rule.quorumOp(), rule.quorum());
    long base = base(setup, tally);

    List<OptionResult> options = new ArrayList<>();
    for (String option : setup.options()) {
      long votes;
      Long against = null;
      Long abstain = null;
      if (tally instanceof HandsTally hands) {
        HandsCount c = hands.counts().get(option);
        votes = c == null ? 0 : c.votesFor();
        against = c == null ? null : (long) c.against();
        abstain = c == null ? null : (long) c.abstain();
      } else {
        BallotTally ballots = (BallotTally) tally;
        votes = ballots.votesFor().getOrDefault(option, 0);
        Integer a = ballots.votesAgainst().get(option);
        against = a == null ? null : a.longValue();
      }
      Share share = new Share(votes, base);
      options.add(
          new OptionResult(
              option,
              votes,
              against,
              abstain,
              share,
              share.meets(rule.thresholdOp(), rule.threshold())));
    }
    // Ranked by votes; equal votes keep ballot order, which decides nothing but the display.
    List<OptionResult> ranked = new ArrayList<>(options);
    ranked.sort(Comparator.comparingLong(OptionResult::votesFor).reversed());

    List<OptionResult> passing =
        quorumMet ? ranked.stream().filter(OptionResult::passed).toList() : List.of();
    int seats = setup.seats();
    List<String> nominated = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    if (passing.size() <= seats) {
      passing.forEach(o -> nominated.add(o.option()));
    } else {
      long cutoff = passing.get(seats - 1).votesFor();
      boolean tieAcross = passing.get(seats).votesFor() == cutoff;
      for (OptionResult o : passing) {
        if (o.votesFor() > cutoff
            || (!tieAcross && o.votesFor() == cutoff && nominated.size() < seats)) {
          nominated.add(o.option());
        } else if (tieAcross && o.votesFor() == cutoff) {
          tied.add(o.option());
        }
      }
    }
    int seatsLeft = tied.isEmpty() ? 0 : seats - nominated.size();
    return new RoundResult(
        setup.number(), quorumMet, attendance, base, ranked, nominated, tied, seatsLeft);
  }

  static long base(RoundSetup setup, Tally tally) {
    return switch (setup.rule().base()) {
      case ENTITLED -> setup.votersEntitled();
      case PRESENT -> setup.votersPresent();
      case COLLECTED ->
          tally instanceof BallotTally b ? Math.max(0, b.collected()) : setup.votersPresent();
      case VALID -> tally instanceof BallotTally b ? Math.max(0, b.valid()) : setup.votersPresent();
    };
  }
}
