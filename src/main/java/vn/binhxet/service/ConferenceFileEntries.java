package vn.binhxet.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;

/**
 * A round's entries in the file: checked for what the database could not hold (an option or a unit
 * that is not there, an entry of another mode, one entry twice), then turned into the domain's
 * tallies. Whether the counts add up is the vote engine's catalogue of checks, not this class's.
 */
final class ConferenceFileEntries {
  private final List<Problem> problems;

  ConferenceFileEntries(List<Problem> problems) {
    this.problems = problems;
  }

  /** The entries of a round, as the domain holds them. */
  record Entries(
      HandsTally hands,
      Map<String, Map<String, Choice>> raised,
      BallotTally accounting,
      List<Ballot> first,
      List<Ballot> second) {}

  void check(ConferenceFile.Round r, String at, Set<String> options, Set<String> members) {
    EntryMode mode = r.mode();
    wrongMode(!r.hands().isEmpty() && mode != EntryMode.HANDS, at + ".hands", mode);
    wrongMode(!r.raised().isEmpty() && mode != EntryMode.HANDS_RAISED, at + ".raised", mode);
    wrongMode(
        !r.ballotTotals().isEmpty() && mode != EntryMode.BALLOT_TOTALS, at + ".ballotTotals", mode);
    wrongMode(!r.ballots().isEmpty() && !mode.singleBallots(), at + ".ballots", mode);
    wrongMode(
        r.ballotAccounting() != null && mode.method() != VotingMethod.SECRET_BALLOT,
        at + ".ballotAccounting",
        mode);

    Set<String> seen = new HashSet<>();
    for (int j = 0; j < r.hands().size(); j++) {
      option(r.hands().get(j).option(), at + ".hands[" + j + "].option", options, seen);
    }
    seen.clear();
    for (int j = 0; j < r.raised().size(); j++) {
      ConferenceFile.Raised h = r.raised().get(j);
      String where = at + ".raised[" + j + "]";
      option(h.option(), where + ".option", options, null);
      String unit = Text.optional(h.unit());
      if (!members.contains(unit)) {
        problems.add(Problem.of(where + ".unit", "file.unit.unknown", unit));
      } else if (!seen.add(Text.optional(h.option()) + "\u001f" + unit)) {
        problems.add(Problem.of(where, "file.entry.duplicate", unit));
      }
    }
    if (r.ballotAccounting() != null) {
      Set<InvalidReason> reasons = EnumSet.noneOf(InvalidReason.class);
      List<ConferenceFile.Invalid> invalid = r.ballotAccounting().invalid();
      for (int k = 0; k < invalid.size(); k++) {
        if (!reasons.add(invalid.get(k).reason())) {
          problems.add(
              Problem.of(
                  at + ".ballotAccounting.invalid[" + k + "].reason",
                  "file.entry.duplicate",
                  invalid.get(k).reason()));
        }
      }
    }
    seen.clear();
    for (int j = 0; j < r.ballotTotals().size(); j++) {
      option(
          r.ballotTotals().get(j).option(), at + ".ballotTotals[" + j + "].option", options, seen);
    }
    seen.clear();
    for (int j = 0; j < r.ballots().size(); j++) {
      ballot(r.ballots().get(j), at + ".ballots[" + j + "]", mode, options, seen);
    }
  }

  private void ballot(
      ConferenceFile.BallotEntry b,
      String where,
      EntryMode mode,
      Set<String> options,
      Set<String> seen) {
    if (b.pass() == 2 && mode != EntryMode.BALLOTS_TWICE) {
      problems.add(Problem.of(where + ".pass", "file.ballot.pass", mode));
    }
    if (!seen.add(b.pass() + ":" + b.seq())) {
      problems.add(Problem.of(where + ".seq", "file.ballot.duplicate", b.seq(), b.pass()));
    }
    if (b.invalid() != null && !b.marks().isEmpty()) {
      problems.add(Problem.of(where + ".marks", "file.ballot.invalidMarked"));
    }
    Set<String> marked = new HashSet<>();
    for (int k = 0; k < b.marks().size(); k++) {
      option(b.marks().get(k).option(), where + ".marks[" + k + "].option", options, marked);
    }
  }

  private void option(String option, String where, Set<String> options, Set<String> seen) {
    String o = Text.optional(option);
    if (!options.contains(o)) {
      problems.add(Problem.of(where, "file.option.unknown", o));
    } else if (seen != null && !seen.add(o)) {
      problems.add(Problem.of(where, "file.entry.duplicate", o));
    }
  }

  private void wrongMode(boolean wrong, String where, EntryMode mode) {
    if (wrong) {
      problems.add(Problem.of(where, "file.entry.wrongMode", mode));
    }
  }

  /** The entries of a round that passed {@link #check}. */
  static Entries entries(ConferenceFile.Round r) {
    Map<String, HandsCount> hands = new LinkedHashMap<>();
    r.hands()
        .forEach(
            h -> hands.put(h.option(), new HandsCount(h.votesFor(), h.against(), h.abstain())));
    Map<String, Map<String, Choice>> raised = new LinkedHashMap<>();
    r.raised()
        .forEach(
            h ->
                raised
                    .computeIfAbsent(Text.optional(h.option()), k -> new LinkedHashMap<>())
                    .put(Text.optional(h.unit()), h.choice()));
    Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
    ConferenceFile.Accounting acc = r.ballotAccounting();
    if (acc != null) {
      acc.invalid().forEach(i -> invalid.put(i.reason(), i.count()));
    }
    Map<String, Integer> votesFor = new LinkedHashMap<>();
    Map<String, Integer> votesAgainst = new LinkedHashMap<>();
    for (ConferenceFile.Total t : r.ballotTotals()) {
      votesFor.put(t.option(), t.votesFor());
      if (t.against() != null) {
        votesAgainst.put(t.option(), t.against());
      }
    }
    BallotTally accounting =
        new BallotTally(
            acc == null ? 0 : acc.issued(),
            acc == null ? 0 : acc.collected(),
            invalid,
            votesFor,
            votesAgainst);
    List<Ballot> first = new ArrayList<>();
    List<Ballot> second = new ArrayList<>();
    for (ConferenceFile.BallotEntry b : r.ballots()) {
      Map<String, Mark> marks = new LinkedHashMap<>();
      b.marks().forEach(m -> marks.put(m.option(), m.mark()));
      (b.pass() == 1 ? first : second).add(new Ballot(b.seq(), marks, b.invalid()));
    }
    return new Entries(new HandsTally(hands), raised, accounting, first, second);
  }

  /** Where in the round a failed check of the vote engine points. */
  static String path(String at, ConferenceFile.Round r, Finding f) {
    if (f.ballot() != null) {
      for (int j = 0; j < r.ballots().size(); j++) {
        if (r.ballots().get(j).pass() == 1 && r.ballots().get(j).seq() == f.ballot()) {
          return at + ".ballots[" + j + "]";
        }
      }
    }
    if (f.option() != null) {
      String listed = listed(at, r, f.option());
      if (listed != null) {
        return listed;
      }
    }
    boolean single = r.mode().singleBallots();
    return switch (f.check()) {
      case E01 -> single ? at + ".ballots" : at + ".ballotAccounting.collected";
      case E02 -> at + ".ballotAccounting.issued";
      case E08 -> single ? at + ".ballots" : at + ".ballotAccounting.invalid";
      case E10 -> single ? at + ".ballots" : at + ".ballotTotals";
      default -> at;
    };
  }

  private static String listed(String at, ConferenceFile.Round r, String option) {
    for (int j = 0; j < r.hands().size(); j++) {
      if (option.equals(Text.optional(r.hands().get(j).option()))) {
        return at + ".hands[" + j + "]";
      }
    }
    for (int j = 0; j < r.ballotTotals().size(); j++) {
      if (option.equals(Text.optional(r.ballotTotals().get(j).option()))) {
        return at + ".ballotTotals[" + j + "]";
      }
    }
    for (int j = 0; j < r.raised().size(); j++) {
      if (option.equals(Text.optional(r.raised().get(j).option()))) {
        return at + ".raised[" + j + "]";
      }
    }
    return null;
  }
}
