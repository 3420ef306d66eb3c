package vn.binhxet.domain.vote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the catalogue of {@link Check}s over a round's entry. Errors come first; a result is
 * computed only from an entry without errors.
 */
public final class Checks {
  private Checks() {}

  /**
   * The findings on {@code tally} for {@code setup}. {@code pool} is who may stand (null: anyone
   * listed); {@code ballots} are the single ballots when they were entered one by one (else empty).
   */
  public static List<Finding> of(
      RoundSetup setup, Tally tally, Set<String> pool, List<Ballot> ballots) {
    return collect(setup, tally, pool, found -> singleBallots(setup, ballots, found));
  }

  /**
   * What {@link #of} finds once {@code added} has joined {@code ballots}, when the others were
   * checked as they were entered and none had a finding of its own (every finding on one ballot is
   * an error, so an entry that left one was refused): only the added ballot is gone through, since
   * the checks run on every entry of a round of a thousand ballots.
   */
  public static List<Finding> ofAdded(
      RoundSetup setup, Tally tally, Set<String> pool, List<Ballot> ballots, Ballot added) {
    int sameNumber = 0;
    for (Ballot b : ballots) {
      if (b.seq() == added.seq()) {
        sameNumber++;
      }
    }
    if (sameNumber != 1) {
      // Where the repeated number is reported depends on the order of them all.
      return of(setup, tally, pool, ballots);
    }
    return collect(
        setup, tally, pool, found -> oneBallot(setup, Set.copyOf(setup.options()), added, found));
  }

  private static List<Finding> collect(
      RoundSetup setup, Tally tally, Set<String> pool, Consumer<List<Finding>> perBallot) {
    List<Finding> found = new ArrayList<>();
    if (pool != null) {
      for (String option : setup.options()) {
        if (!pool.contains(option)) {
          found.add(Finding.of(Check.E07, option));
        }
      }
    }
    if (tally instanceof HandsTally hands) {
      hands(setup, hands, found);
    } else {
      ballots(setup, (BallotTally) tally, found);
    }
    perBallot.accept(found);
    if (!new Share(setup.votersPresent(), setup.votersEntitled())
        .meets(setup.rule().quorumOp(), setup.rule().quorum())) {
      found.add(Finding.of(Check.W02, null, setup.votersPresent(), setup.votersEntitled()));
    }
    found.sort((a, b) -> Boolean.compare(b.isError(), a.isError()));
    return found;
  }

  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::isError);
  }

  private static void hands(RoundSetup setup, HandsTally hands, List<Finding> found) {
    for (Map.Entry<String, HandsCount> e : hands.counts().entrySet()) {
      String option = e.getKey();
      HandsCount c = e.getValue();
      if (!setup.options().contains(option)) {
        found.add(Finding.of(Check.E11, option));
        continue;
      }
      if (c.votesFor() < 0 || c.against() < 0 || c.abstain() < 0) {
        found.add(Finding.of(Check.E09, option));
      } else if (c.total() > setup.votersPresent()) {
        found.add(Finding.of(Check.E06, option, c.total(), setup.votersPresent()));
      }
    }
    for (String option : setup.options()) {
      if (!hands.counts().containsKey(option)) {
        found.add(Finding.of(Check.W03, option));
      }
    }
  }

  private static void ballots(RoundSetup setup, BallotTally t, List<Finding> found) {
    boolean negative =
        t.issued() < 0
            || t.collected() < 0
            || t.invalid().values().stream().anyMatch(n -> n < 0)
            || t.votesFor().values().stream().anyMatch(n -> n < 0)
            || t.votesAgainst().values().stream().anyMatch(n -> n < 0);
    if (negative) {
      found.add(Finding.of(Check.E09, null));
      return;
    }
    if (t.collected() > t.issued()) {
      found.add(Finding.of(Check.E01, null, t.collected(), t.issued()));
    } else if (t.collected() < t.issued()) {
      found.add(Finding.of(Check.W01, null, t.collected(), t.issued()));
    }
    if (t.issued() > setup.votersPresent()) {
      found.add(Finding.of(Check.E02, null, t.issued(), setup.votersPresent()));
    }
    if (t.invalidTotal() > t.collected()) {
      found.add(Finding.of(Check.E08, null, t.invalidTotal(), t.collected()));
    }
    long valid = Math.max(0, t.valid());
    long choices = 0;
    Set<String> counted = new HashSet<>(t.votesFor().keySet());
    counted.addAll(t.votesAgainst().keySet());
    for (String option : counted) {
      if (!setup.options().contains(option)) {
        found.add(Finding.of(Check.E11, option));
        continue;
      }
      long votesFor = t.votesFor().getOrDefault(option, 0);
      long against = t.votesAgainst().getOrDefault(option, 0);
      choices += votesFor;
      if (votesFor + against > valid) {
        found.add(Finding.of(Check.E03, option, votesFor + against, valid));
      }
    }
    if (choices > valid * setup.seats()) {
      found.add(Finding.of(Check.E10, null, choices, valid, setup.seats()));
    }
    for (String option : setup.options()) {
      if (!t.votesFor().containsKey(option)) {
        found.add(Finding.of(Check.W03, option));
      }
    }
  }

  private static void singleBallots(RoundSetup setup, List<Ballot> ballots, List<Finding> found) {
    Set<Integer> repeated = repeated(ballots);
    Set<Integer> seen = new HashSet<>();
    // A set: a thousand ballots' marks are looked up among long Vietnamese names.
    Set<String> options = new HashSet<>(setup.options());
    for (Ballot b : ballots) {
      if (repeated.contains(b.seq()) && !seen.add(b.seq())) {
        found.add(Finding.onBallot(Check.E12, b.seq(), null));
      }
      oneBallot(setup, options, b, found);
    }
  }

  private static void oneBallot(
      RoundSetup setup, Set<String> options, Ballot b, List<Finding> found) {
    for (String option : b.marks().keySet()) {
      if (!options.contains(option)) {
        found.add(Finding.onBallot(Check.E05, b.seq(), option));
      }
    }
    if (b.isValid() && b.chosen() > setup.seats()) {
      found.add(Finding.onBallot(Check.E04, b.seq(), null, b.chosen(), setup.seats()));
    }
  }

  /**
   * The numbers that more than one ballot carries (none, unless the data were edited): found by
   * sorting, since the checks run on every entry of a round of a thousand ballots.
   */
  private static Set<Integer> repeated(List<Ballot> ballots) {
    int[] seqs = new int[ballots.size()];
    for (int i = 0; i < seqs.length; i++) {
      seqs[i] = ballots.get(i).seq();
    }
    java.util.Arrays.sort(seqs);
    Set<Integer> out = new HashSet<>();
    for (int i = 1; i < seqs.length; i++) {
      if (seqs[i] == seqs[i - 1]) {
        out.add(seqs[i]);
      }
    }
    return out;
  }
}
