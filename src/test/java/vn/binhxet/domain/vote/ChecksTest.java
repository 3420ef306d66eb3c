package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhxet.domain.vote.Rounds.ballot;
import static vn.binhxet.domain.vote.Rounds.ballotTally;
import static vn.binhxet.domain.vote.Rounds.ballots;
import static vn.binhxet.domain.vote.Rounds.hands;
import static vn.binhxet.domain.vote.Rounds.handsTally;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.VoteRule;

class ChecksTest {
  private static final VoteRule RULE = RulePreset.CLUSTER_DEFAULT.rule();

  /** 10 entitled, 10 present, options A and B, {@code seats} seats. */
  private static RoundSetup handsRound(int seats) {
    return hands(RULE, seats, 10, 10, "A B");
  }

  private static RoundSetup ballotRound(int seats) {
    return ballot(RULE, seats, 10, 10, "A B");
  }

  /** A round's entry and what the checks must find: {@code CODE@option#ballot} each. */
  private static Arguments entry(
      Check demonstrates,
      RoundSetup setup,
      Tally tally,
      Set<String> pool,
      List<Ballot> ballots,
      String... found) {
    return Arguments.of(demonstrates, setup, tally, pool, ballots, List.of(found));
  }

  /** Ballots entered one by one, with their totals as the committee would have them. */
  private static Arguments entered(Check demonstrates, String spec, String... found) {
    RoundSetup setup = ballotRound(1);
    List<Ballot> entered = ballots(spec);
    BallotTally tally = BallotTally.fromBallots(entered.size(), setup.options(), entered);
    return entry(demonstrates, setup, tally, null, entered, found);
  }

  static Stream<Arguments> catalogue() {
    return Stream.of(
        // Clean entries: nothing to report.
        entry(null, handsRound(1), handsTally("A=7/2/1 B=3/5/2"), Set.of("A", "B"), List.of()),
        entry(null, ballotRound(1), ballotTally(10, 10, 1, "A=6 B=3"), null, List.of()),
        entered(null, "1:A; 2:B; 3:!NO_STAMP; 4:"),
        // One entry per check: the smallest that triggers it.
        entry(Check.E01, ballotRound(1), ballotTally(9, 10, 0, "A=5 B=4"), null, List.of(), "E01"),
        entry(Check.E02, ballotRound(1), ballotTally(11, 11, 0, "A=5 B=4"), null, List.of(), "E02"),
        entry(
            Check.E03, ballotRound(2), ballotTally(10, 10, 2, "A=9 B=0"), null, List.of(), "E03@A"),
        // Where the ballot has agree/disagree columns, for and against together are the votes.
        entry(
            Check.E03,
            ballotRound(1),
            new BallotTally(
                10, 10, Map.of(InvalidReason.OTHER, 2), Map.of("A", 5, "B", 0), Map.of("A", 4)),
            null,
            List.of(),
            "E03@A"),
        // Two choices on one ballot for one seat; the blank ballot keeps the totals within bounds.
        entered(Check.E04, "1:A,B; 2:", "E04#1"),
        // A mark for an option not in the round is also in the totals, which E11 reports.
        entered(Check.E05, "1:C", "E05@C#1", "E11@C"),
        entry(Check.E06, handsRound(1), handsTally("A=6/3/2 B=0"), null, List.of(), "E06@A"),
        entry(Check.E07, handsRound(1), handsTally("A=7 B=3"), Set.of("A"), List.of(), "E07@B"),
        entry(Check.E08, ballotRound(1), ballotTally(2, 2, 3, "A=0 B=0"), null, List.of(), "E08"),
        entry(Check.E09, handsRound(1), handsTally("A=-1 B=0"), null, List.of(), "E09@A"),
        entry(Check.E09, ballotRound(1), ballotTally(-1, 0, 0, "A=0 B=0"), null, List.of(), "E09"),
        entry(
            Check.E09,
            ballotRound(1),
            new BallotTally(3, 3, Map.of(), Map.of("A", 1, "B", 0), Map.of("B", -1)),
            null,
            List.of(),
            "E09"),
        entry(Check.E10, ballotRound(1), ballotTally(2, 2, 0, "A=2 B=1"), null, List.of(), "E10"),
        entry(Check.E11, handsRound(1), handsTally("A=1 B=1 C=1"), null, List.of(), "E11@C"),
        entry(
            Check.E11,
            ballotRound(1),
            ballotTally(3, 3, 0, "A=1 B=1 C=1"),
            null,
            List.of(),
            "E11@C"),
        entered(Check.E12, "1:A; 1:B", "E12#1"),
        entry(Check.W01, ballotRound(1), ballotTally(10, 9, 0, "A=5 B=4"), null, List.of(), "W01"),
        entry(
            Check.W02, hands(RULE, 1, 10, 6, "A B"), handsTally("A=5 B=1"), null, List.of(), "W02"),
        entry(Check.W03, handsRound(1), handsTally("A=5"), null, List.of(), "W03@B"),
        entry(Check.W03, ballotRound(1), ballotTally(10, 10, 0, "A=5"), null, List.of(), "W03@B"));
  }

  private static String describe(Finding f) {
    return f.check().code()
        + (f.option() == null ? "" : "@" + f.option())
        + (f.ballot() == null ? "" : "#" + f.ballot());
  }

  @ParameterizedTest(name = "{0}: {5}")
  @MethodSource("catalogue")
  void eachCheckIsTriggeredByItsSmallestEntryAndACleanEntryTriggersNone(
      Check demonstrates,
      RoundSetup setup,
      Tally tally,
      Set<String> pool,
      List<Ballot> ballots,
      List<String> expected) {
    List<Finding> found = Checks.of(setup, tally, pool, ballots);
    assertThat(found)
        .extracting(ChecksTest::describe)
        .containsExactlyInAnyOrderElementsOf(expected);
    if (demonstrates != null) {
      assertThat(found).extracting(Finding::check).contains(demonstrates);
    }
    assertThat(Checks.hasErrors(found))
        .isEqualTo(expected.stream().anyMatch(code -> code.startsWith("E")));
  }

  @Test
  void theCatalogueTableCoversEveryCheck() {
    Set<Object> demonstrated =
        catalogue().map(a -> a.get()[0]).filter(c -> c != null).collect(Collectors.toSet());
    assertThat(demonstrated).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Check.class));
  }

  @Test
  void errorsSortBeforeWarnings() {
    // Present 6 of 10 (no quorum); 10 ballots issued to 6 voters, 9 collected; A has more votes
    // than valid ballots; nothing recorded for B. The checks meet the warning W01 first.
    RoundSetup setup = ballot(RULE, 1, 10, 6, "A B");
    List<Finding> found = Checks.of(setup, ballotTally(10, 9, 0, "A=10"), null, List.of());
    assertThat(found)
        .extracting(ChecksTest::describe)
        .containsExactlyInAnyOrder("E02", "E03@A", "E10", "W01", "W03@B", "W02");
    assertThat(found)
        .extracting(Finding::isError)
        .containsExactly(true, true, true, false, false, false);
    assertThat(Checks.hasErrors(found)).isTrue();
  }

  static Stream<Arguments> findingLists() {
    return Stream.of(
        Arguments.of(List.of(), false),
        Arguments.of(List.of(Check.W01, Check.W02, Check.W03), false),
        Arguments.of(List.of(Check.E07), true),
        Arguments.of(List.of(Check.W02, Check.E12), true));
  }

  @ParameterizedTest(name = "{0}: has errors {1}")
  @MethodSource("findingLists")
  void onlyAnErrorBlocksTheEntry(List<Check> checks, boolean blocks) {
    List<Finding> findings = new ArrayList<>();
    checks.forEach(c -> findings.add(Finding.of(c, null)));
    assertThat(Checks.hasErrors(findings)).isEqualTo(blocks);
  }

  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of(ballotRound(1), ballotTally(9, 10, 0, "A=5 B=4"), Check.E01, "[10, 9]"),
        Arguments.of(ballotRound(1), ballotTally(11, 11, 0, "A=5 B=4"), Check.E02, "[11, 10]"),
        Arguments.of(ballotRound(2), ballotTally(10, 10, 2, "A=9 B=0"), Check.E03, "[9, 8]"),
        Arguments.of(handsRound(1), handsTally("A=6/3/2 B=0"), Check.E06, "[11, 10]"),
        Arguments.of(ballotRound(1), ballotTally(2, 2, 3, "A=0 B=0"), Check.E08, "[3, 2]"),
        Arguments.of(ballotRound(1), ballotTally(2, 2, 0, "A=2 B=1"), Check.E10, "[3, 2, 1]"),
        Arguments.of(ballotRound(1), ballotTally(10, 9, 0, "A=5 B=4"), Check.W01, "[9, 10]"),
        Arguments.of(hands(RULE, 1, 10, 6, "A B"), handsTally("A=5 B=1"), Check.W02, "[6, 10]"));
  }

  @ParameterizedTest(name = "{2} says {3}")
  @MethodSource("numbers")
  void aFindingCarriesTheNumbersItsMessageShows(
      RoundSetup setup, Tally tally, Check check, String args) {
    assertThat(Checks.of(setup, tally, null, List.of()))
        .filteredOn(f -> f.check() == check)
        .singleElement()
        .satisfies(f -> assertThat(f.args()).hasToString(args));
  }

  static Stream<Arguments> addedBallots() {
    return Stream.of(
        Arguments.of(1, "1:A; 2:B; 3:!NO_STAMP", "4:B"),
        Arguments.of(1, "", "1:A"),
        Arguments.of(1, "1:A; 2:B", "3:"),
        Arguments.of(1, "1:A; 2:B", "3:!TOO_MANY"),
        Arguments.of(1, "1:A; 2:B", "3:A,B"),
        Arguments.of(2, "1:A,B; 2:B", "3:A,B"),
        Arguments.of(1, "1:A; 2:B", "3:C"),
        Arguments.of(1, "1:A; 2:B", "2:A"),
        Arguments.of(1, "1:A; 2:B", "1:A,B"),
        // More ballots than were issued: the totals' findings, whatever the ballot holds.
        Arguments.of(1, "1:A; 2:B; 3:A; 4:A; 5:B; 6:A; 7:A; 8:B; 9:A; 10:B", "11:A"));
  }

  @ParameterizedTest(name = "{2} added to {1}")
  @MethodSource("addedBallots")
  void checkingOnlyTheAddedBallotFindsWhatCheckingThemAllFinds(
      int seats, String before, String added) {
    RoundSetup setup = ballot(RULE, seats, 10, 10, "A B");
    Ballot ballot = ballots(added).get(0);
    List<Ballot> entered = new ArrayList<>(ballots(before));
    entered.add(ballot);
    BallotTally tally = BallotTally.fromBallots(10, setup.options(), entered);

    assertThat(Checks.ofAdded(setup, tally, null, entered, ballot))
        .isEqualTo(Checks.of(setup, tally, null, entered));
  }
}
