package vn.binhxet.domain.vote;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;

/**
 * Short ways to write a round in a table of cases: {@code "A=7 B=3"} for votes, {@code "A=7/2/1"}
 * for for/against/abstaining hands.
 */
final class Rounds {
  private Rounds() {}

  /** A rule with the usual quorum (at least 2/3) and the given threshold. */
  static VoteRule rule(Comparison op, Fraction threshold, ThresholdBase base) {
    return new VoteRule(
        null, VoterBasis.UNIT, Comparison.GE, Fraction.of(2, 3), op, threshold, base, null);
  }

  static RoundSetup hands(VoteRule rule, int seats, int entitled, int present, String options) {
    return new RoundSetup(
        1, rule, VotingMethod.SHOW_OF_HANDS, seats, entitled, present, names(options));
  }

  static RoundSetup ballot(VoteRule rule, int seats, int entitled, int present, String options) {
    return new RoundSetup(
        1, rule, VotingMethod.SECRET_BALLOT, seats, entitled, present, names(options));
  }

  /** Option names separated by blanks; null is no option at all. */
  static List<String> names(String spaced) {
    if (spaced == null || spaced.isBlank()) {
      return List.of();
    }
    return Arrays.asList(spaced.trim().split("\\s+"));
  }

  /** The options of a spec such as {@code "A=7 B=3"}, in order. */
  static String optionsOf(String spec) {
    return String.join(" ", votes(spec).keySet());
  }

  /** {@code "A=7 B=3"}: votes by option, in order. */
  static Map<String, Integer> votes(String spec) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String item : names(spec)) {
      String[] kv = item.split("=");
      out.put(kv[0], Integer.parseInt(kv[1]));
    }
    return out;
  }

  /** {@code "A=7/2/1 B=3"}: hands for, against and abstaining (missing parts are 0). */
  static HandsTally handsTally(String spec) {
    Map<String, HandsCount> counts = new LinkedHashMap<>();
    for (String item : names(spec)) {
      String[] kv = item.split("=");
      String[] n = kv[1].split("/");
      counts.put(
          kv[0],
          new HandsCount(
              Integer.parseInt(n[0]),
              n.length > 1 ? Integer.parseInt(n[1]) : 0,
              n.length > 2 ? Integer.parseInt(n[2]) : 0));
    }
    return new HandsTally(counts);
  }

  /** A secret ballot's totals, with its invalid ballots given as one reason. */
  static BallotTally ballotTally(int issued, int collected, int invalid, String votesFor) {
    return new BallotTally(
        issued,
        collected,
        invalid == 0 ? Map.of() : Map.of(InvalidReason.OTHER, invalid),
        votes(votesFor),
        Map.of());
  }

  /**
   * Ballots entered one by one, separated by {@code ;}: {@code "1:A,B"} chooses A and B, {@code
   * "2:A,B-"} chooses A and crosses B in the disagree column, {@code "3:"} is blank and {@code
   * "4:!NO_STAMP"} is invalid.
   */
  static List<Ballot> ballots(String spec) {
    if (spec == null || spec.isBlank()) {
      return List.of();
    }
    return Arrays.stream(spec.split(";")).map(String::trim).map(Rounds::ballotOf).toList();
  }

  private static Ballot ballotOf(String one) {
    int colon = one.indexOf(':');
    int seq = Integer.parseInt(one.substring(0, colon).trim());
    String rest = one.substring(colon + 1).trim();
    if (rest.startsWith("!")) {
      return Ballot.invalid(seq, InvalidReason.valueOf(rest.substring(1)));
    }
    Map<String, Mark> marks = new LinkedHashMap<>();
    if (!rest.isEmpty()) {
      for (String option : rest.split(",")) {
        String o = option.trim();
        if (o.endsWith("-")) {
          marks.put(o.substring(0, o.length() - 1), Mark.AGAINST);
        } else {
          marks.put(o, Mark.FOR);
        }
      }
    }
    return Ballot.valid(seq, marks);
  }
}
