package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;

/**
 * Random rounds, each decided twice: by {@link VoteEngine} and by a slow oracle written from the
 * definitions of domain.md §3, sharing no code with the engine. A failure names the seed and the
 * round, so it can be replayed.
 */
class EngineOracleTest {
  private static final int ROUNDS = 10_000;

  private static final Fraction[] USUAL = {
    Fraction.of(2, 3),
    Fraction.percent(70),
    Fraction.of(1, 2),
    Fraction.percent(80),
    Fraction.percent(90),
    Fraction.of(1, 3),
    Fraction.of(3, 4),
    Fraction.of(0, 1),
    Fraction.of(1, 1)
  };

  /** A generated round, with the votes for each option as the test itself counted them. */
  record Round(
      RoundSetup setup, Tally tally, Map<String, Long> votes, long collected, long invalid) {}

  /** Everything compared between the engine and the oracle. */
  record Outcome(
      int round,
      boolean quorumMet,
      String attendance,
      long base,
      List<String> ranking,
      Map<String, Long> votes,
      Map<String, String> shares,
      Set<String> passed,
      Set<String> nominated,
      Set<String> tied,
      int seatsLeft) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20181203L, 7L})
  void theEngineDecidesEveryRoundAsThePlainDefinitionsDo(long seed) {
    Random random = new Random(seed);
    int ties = 0;
    int noQuorum = 0;
    int moreThanSeats = 0;
    int ballots = 0;
    for (int i = 0; i < ROUNDS; i++) {
      Round round = generate(random);
      Outcome expected = oracle(round);
      Outcome actual = observed(VoteEngine.result(round.setup(), round.tally()));
      if (!actual.equals(expected)) {
        // AssertJ only where they differ: it would be most of the run time in this loop.
        assertThat(actual).as("seed %d, round %d: %s", seed, i, round).isEqualTo(expected);
      }
      ties += expected.tied().isEmpty() ? 0 : 1;
      noQuorum += expected.quorumMet() ? 0 : 1;
      moreThanSeats +=
          expected.quorumMet() && expected.passed().size() > round.setup().seats() ? 1 : 0;
      ballots += round.tally() instanceof BallotTally ? 1 : 0;
    }
    // The generator must reach the cases that matter, or the agreement proves little.
    assertThat(ties).as("rounds with a tie across the last seat").isGreaterThan(ROUNDS / 50);
    assertThat(noQuorum).as("rounds without a quorum").isGreaterThan(ROUNDS / 50);
    assertThat(moreThanSeats).as("rounds with more passing than seats").isGreaterThan(ROUNDS / 20);
    assertThat(ballots).as("secret ballots").isBetween(ROUNDS / 3, ROUNDS * 2 / 3);
  }

  // ---------------------------------------------------------------- the oracle

  /**
   * The fewest votes out of {@code base} whose share stands in relation {@code op} to {@code f},
   * found by trying every count; {@code base + 1} when none does.
   */
  static long fewestVotesMeeting(long base, Comparison op, Fraction f) {
    for (long v = 0; v <= base; v++) {
      // v / base op n / d, both denominators positive: v * d op n * base.
      BigInteger left = BigInteger.valueOf(v).multiply(BigInteger.valueOf(f.denominator()));
      BigInteger right = BigInteger.valueOf(f.numerator()).multiply(BigInteger.valueOf(base));
      int c = left.compareTo(right);
      if (op == Comparison.GT ? c > 0 : c >= 0) {
        return v;
      }
    }
    return base + 1;
  }

  /** Whether {@code votes} of {@code base} meets the fraction. A share of nothing meets nothing. */
  static boolean meets(long votes, long base, Comparison op, Fraction f) {
    return base > 0 && votes >= fewestVotesMeeting(base, op, f);
  }

  /** The percentage with two decimals, half-up, by integer division and its remainder. */
  static String percent(long votes, long base) {
    if (base == 0) {
      return "0.00";
    }
    long hundredths = votes * 10_000 / base;
    long remainder = votes * 10_000 % base;
    if (2 * remainder >= base) {
      hundredths++;
    }
    long cents = hundredths % 100;
    return hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
  }

  static Outcome oracle(Round r) {
    RoundSetup s = r.setup();
    VoteRule rule = s.rule();
    boolean hands = r.tally() instanceof HandsTally;
    long base =
        switch (rule.base()) {
          case ENTITLED -> s.votersEntitled();
          case PRESENT -> s.votersPresent();
          case COLLECTED -> hands ? s.votersPresent() : r.collected();
          case VALID -> hands ? s.votersPresent() : r.collected() - r.invalid();
        };
    boolean quorumMet =
        meets(s.votersPresent(), s.votersEntitled(), rule.quorumOp(), rule.quorum());

    // Found once for the round: every option needs the same number of votes.
    long needed = fewestVotesMeeting(base, rule.thresholdOp(), rule.threshold());
    Map<String, String> shares = new TreeMap<>();
    Set<String> passed = new TreeSet<>();
    for (String o : s.options()) {
      long v = r.votes().get(o);
      shares.put(o, v + "/" + base + " " + percent(v, base));
      // A share of nothing meets nothing.
      if (base > 0 && v >= needed) {
        passed.add(o);
      }
    }

    // Ranked by votes, then by ballot order: an insertion sort, one option at a time.
    List<String> ranking = new ArrayList<>();
    for (String o : s.options()) {
      int at = ranking.size();
      while (at > 0 && r.votes().get(ranking.get(at - 1)) < r.votes().get(o)) {
        at--;
      }
      ranking.add(at, o);
    }

    Set<String> nominated = new TreeSet<>();
    Set<String> tied = new TreeSet<>();
    Set<String> standing = quorumMet ? passed : Set.of();
    for (String o : standing) {
      long v = r.votes().get(o);
      int more = 0;
      int equal = 0;
      for (String p : standing) {
        long w = r.votes().get(p);
        if (w > v) {
          more++;
        } else if (w == v) {
          equal++;
        }
      }
      if (more + equal <= s.seats()) {
        nominated.add(o);
      } else if (more < s.seats() && s.seats() < more + equal) {
        tied.add(o);
      }
    }
    int seatsLeft = tied.isEmpty() ? 0 : s.seats() - nominated.size();
    return new Outcome(
        s.number(),
        quorumMet,
        s.votersPresent() + "/" + s.votersEntitled(),
        base,
        ranking,
        new TreeMap<>(r.votes()),
        shares,
        passed,
        nominated,
        tied,
        seatsLeft);
  }

  static Outcome observed(RoundResult result) {
    Map<String, Long> votes = new TreeMap<>();
    Map<String, String> shares = new TreeMap<>();
    Set<String> passed = new TreeSet<>();
    List<String> ranking = new ArrayList<>();
    for (OptionResult o : result.options()) {
      ranking.add(o.option());
      votes.put(o.option(), o.votesFor());
      shares.put(o.option(), o.share() + " " + o.share().percent().toPlainString());
      if (o.passed()) {
        passed.add(o.option());
      }
    }
    return new Outcome(
        result.round(),
        result.quorumMet(),
        result.attendance().toString(),
        result.base(),
        ranking,
        votes,
        shares,
        passed,
        new TreeSet<>(result.nominated()),
        new TreeSet<>(result.tied()),
        result.seatsLeft());
  }

  // ---------------------------------------------------------------- the generator

  private static Fraction fraction(Random random) {
    if (random.nextInt(10) < 4) {
      return USUAL[random.nextInt(USUAL.length)];
    }
    int d = 1 + random.nextInt(100);
    return Fraction.of(random.nextInt(d + 1), d);
  }

  private static <T> T any(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  static Round generate(Random random) {
    int size = random.nextInt(50);
    // Small rounds tie often; a few large ones test the fractions with denominators up to 100.
    int entitled = size == 0 ? 0 : size < 45 ? 1 + random.nextInt(15) : 1 + random.nextInt(150);
    // Most rounds have a quorum; some have anyone at all.
    int present =
        random.nextInt(4) == 0
            ? random.nextInt(entitled + 1)
            : entitled - random.nextInt(entitled / 3 + 1);
    VoteRule rule =
        new VoteRule(
            null,
            any(random, VoterBasis.values()),
            any(random, Comparison.values()),
            fraction(random),
            any(random, Comparison.values()),
            fraction(random),
            any(random, ThresholdBase.values()),
            null);
    VotingMethod method = any(random, VotingMethod.values());
    int seats = 1 + random.nextInt(5);
    List<String> options = new ArrayList<>();
    int n = 1 + random.nextInt(12);
    for (int i = 1; i <= n; i++) {
      options.add("Đơn vị " + i);
    }
    RoundSetup setup =
        new RoundSetup(1 + random.nextInt(3), rule, method, seats, entitled, present, options);
    return method == VotingMethod.SHOW_OF_HANDS
        ? hands(random, setup)
        : secretBallot(random, setup);
  }

  private static Round hands(Random random, RoundSetup setup) {
    int present = setup.votersPresent();
    Map<String, HandsCount> counts = new LinkedHashMap<>();
    Map<String, Long> votes = new HashMap<>();
    for (String o : setup.options()) {
      if (random.nextInt(20) == 0) {
        // Not recorded (warning W03): no votes.
        votes.put(o, 0L);
        continue;
      }
      int f = random.nextInt(present + 1);
      int a = random.nextInt(present - f + 1);
      int x = random.nextInt(present - f - a + 1);
      counts.put(o, new HandsCount(f, a, x));
      votes.put(o, (long) f);
    }
    return new Round(setup, new HandsTally(counts), votes, present, 0);
  }

  private static Round secretBallot(Random random, RoundSetup setup) {
    int present = setup.votersPresent();
    int issued = random.nextInt(4) == 0 ? random.nextInt(present + 1) : present;
    int collected = random.nextInt(4) == 0 ? random.nextInt(issued + 1) : issued;
    int invalidPercent = random.nextInt(3) == 0 ? 0 : random.nextInt(40);
    boolean agreeColumns = random.nextBoolean();
    boolean oneByOne = random.nextBoolean();
    List<String> options = setup.options();

    List<Ballot> ballots = new ArrayList<>();
    Map<String, Long> votes = new HashMap<>();
    Map<String, Integer> votesFor = new LinkedHashMap<>();
    Map<String, Integer> against = new LinkedHashMap<>();
    Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
    options.forEach(o -> votes.put(o, 0L));
    long invalidCount = 0;
    for (int seq = 1; seq <= collected; seq++) {
      if (random.nextInt(100) < invalidPercent) {
        InvalidReason reason = any(random, InvalidReason.values());
        if (oneByOne) {
          ballots.add(Ballot.invalid(seq, reason));
        }
        invalid.merge(reason, 1, Integer::sum);
        invalidCount++;
        continue;
      }
      List<String> shuffled = new ArrayList<>(options);
      Collections.shuffle(shuffled, random);
      int chosen = random.nextInt(Math.min(setup.seats(), options.size()) + 1);
      Map<String, Mark> marks = new LinkedHashMap<>();
      for (int k = 0; k < shuffled.size(); k++) {
        String o = shuffled.get(k);
        if (k < chosen) {
          marks.put(o, Mark.FOR);
          votes.merge(o, 1L, Long::sum);
          votesFor.merge(o, 1, Integer::sum);
        } else if (agreeColumns && random.nextBoolean()) {
          marks.put(o, Mark.AGAINST);
          against.merge(o, 1, Integer::sum);
        }
      }
      if (oneByOne) {
        ballots.add(Ballot.valid(seq, marks));
      }
    }
    Tally tally;
    if (oneByOne) {
      tally = BallotTally.fromBallots(issued, options, ballots);
    } else {
      // Totals as the committee reports them: an option nobody chose is usually written as 0.
      for (String o : options) {
        if (random.nextInt(10) != 0) {
          votesFor.putIfAbsent(o, 0);
        }
      }
      tally = new BallotTally(issued, collected, invalid, votesFor, against);
    }
    return new Round(setup, tally, votes, collected, invalidCount);
  }
}
