package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhxet.domain.vote.Rounds.ballot;
import static vn.binhxet.domain.vote.Rounds.ballotTally;
import static vn.binhxet.domain.vote.Rounds.ballots;
import static vn.binhxet.domain.vote.Rounds.hands;
import static vn.binhxet.domain.vote.Rounds.handsTally;
import static vn.binhxet.domain.vote.Rounds.names;
import static vn.binhxet.domain.vote.Rounds.optionsOf;
import static vn.binhxet.domain.vote.Rounds.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;

class VoteEngineTest {
  private static final String MOTION = "Thông qua biên bản hội nghị";

  private static OptionResult option(RoundResult result, String name) {
    return result.options().stream().filter(o -> o.option().equals(name)).findFirst().orElseThrow();
  }

  /** One option voted on by a show of hands, with {@code votes} for it out of {@code present}. */
  private static OptionResult single(VoteRule rule, int entitled, int present, int votes) {
    return option(
        VoteEngine.result(hands(rule, 1, entitled, present, "A"), handsTally("A=" + votes)), "A");
  }

  @ParameterizedTest(name = "{0} of {1} present, {2} 2/3: passes {3}")
  @CsvSource({
    "6, 9, GE, true",
    "6, 9, GT, false",
    "5, 9, GE, false",
    "7, 9, GT, true",
    "8, 12, GE, true",
    "8, 12, GT, false",
    "22, 33, GE, true",
    "22, 33, GT, false",
    "21, 33, GE, false"
  })
  void exactlyTwoThirdsPassesAtLeastButNotMoreThan(
      int votes, int present, Comparison op, boolean passes) {
    VoteRule twoThirds = rule(op, Fraction.of(2, 3), ThresholdBase.PRESENT);
    assertThat(single(twoThirds, present, present, votes).passed()).isEqualTo(passes);
  }

  @ParameterizedTest(name = "{0} of {1} present, {2} 70%: passes {3}")
  @CsvSource({
    // In binary floating point 0.7 * 10 is 7.000000000000001, and 7 of 10 would fail.
    "7, 10, GE, true",
    "7, 10, GT, false",
    "6, 10, GE, false",
    "14, 20, GE, true",
    "13, 20, GE, false",
    "70, 100, GE, true",
    "69, 100, GE, false",
    "8, 11, GE, true",
    "7, 11, GE, false"
  })
  void exactlySeventyPercentPassesAtLeastSeventy(
      int votes, int present, Comparison op, boolean passes) {
    VoteRule seventy = rule(op, Fraction.percent(70), ThresholdBase.PRESENT);
    assertThat(single(seventy, present, present, votes).passed()).isEqualTo(passes);
  }

  static Stream<Arguments> presetCases() {
    return Stream.of(
        // preset, entitled, present, votes, passes
        Arguments.of(RulePreset.CLUSTER_DEFAULT, 10, 10, 7, true),
        Arguments.of(RulePreset.CLUSTER_DEFAULT, 10, 10, 6, false),
        // 7 of 12 entitled is 58 %, but the base is those present.
        Arguments.of(RulePreset.CLUSTER_DEFAULT, 12, 10, 7, true),
        Arguments.of(RulePreset.SIMPLE_MAJORITY, 10, 10, 6, true),
        Arguments.of(RulePreset.SIMPLE_MAJORITY, 10, 10, 5, false),
        Arguments.of(RulePreset.SIMPLE_MAJORITY, 11, 9, 5, true),
        Arguments.of(RulePreset.TWO_THIRDS_PRESENT, 9, 9, 6, true),
        Arguments.of(RulePreset.TWO_THIRDS_PRESENT, 9, 9, 5, false),
        Arguments.of(RulePreset.TWO_THIRDS_PRESENT, 12, 9, 6, true),
        Arguments.of(RulePreset.CIRCULAR_35_2015, 10, 10, 7, true),
        Arguments.of(RulePreset.CIRCULAR_35_2015, 10, 10, 6, false),
        Arguments.of(RulePreset.PROCURACY_80_MEMBERS, 10, 10, 8, true),
        // 7 of 8 present is 87.5 %, but the base is all the members: 70 %.
        Arguments.of(RulePreset.PROCURACY_80_MEMBERS, 10, 8, 7, false),
        Arguments.of(RulePreset.PROCURACY_80_MEMBERS, 10, 8, 8, true),
        Arguments.of(RulePreset.COUNCIL_90_MEMBERS, 10, 10, 9, true),
        Arguments.of(RulePreset.COUNCIL_90_MEMBERS, 10, 10, 8, false),
        Arguments.of(RulePreset.COUNCIL_90_MEMBERS, 20, 18, 17, false),
        Arguments.of(RulePreset.COUNCIL_90_MEMBERS, 20, 18, 18, true));
  }

  @ParameterizedTest(name = "{0}: {3} of {2} present ({1} entitled) passes {4}")
  @MethodSource("presetCases")
  void eachPresetDecidesByItsOwnThresholdAndBase(
      RulePreset preset, int entitled, int present, int votes, boolean passes) {
    RoundResult result =
        VoteEngine.result(
            hands(preset.rule(), 1, entitled, present, "A"), handsTally("A=" + votes));
    assertThat(result.quorumMet()).isTrue();
    assertThat(option(result, "A").passed()).isEqualTo(passes);
    assertThat(result.nominated()).isEqualTo(passes ? List.of("A") : List.of());
  }

  @Test
  void thePresetTableCoversEveryPreset() {
    Set<Object> covered = presetCases().map(a -> a.get()[0]).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder((Object[]) RulePreset.values());
  }

  @ParameterizedTest(name = "{0} of {1} shows as {2} %")
  @CsvSource({
    // 22.566 % rounds up at the third decimal; 22.564 % rounds down.
    "51, 226, 22.57",
    "44, 195, 22.56",
    // Exactly .xx5: half-up goes up (half-even would give 15.62, 3.12 and 0.62).
    "5, 32, 15.63",
    "1, 32, 3.13",
    "1, 160, 0.63",
    "3, 160, 1.88",
    "2, 3, 66.67",
    "1, 3, 33.33",
    "7, 10, 70.00",
    "10, 10, 100.00",
    "0, 10, 0.00",
    "0, 0, 0.00"
  })
  void percentagesAreShownHalfUpToTwoDecimals(int votes, int base, String percent) {
    assertThat(new Share(votes, base).percent().toPlainString()).isEqualTo(percent);
    OptionResult a =
        single(rule(Comparison.GE, Fraction.of(1, 2), ThresholdBase.PRESENT), base, base, votes);
    assertThat(a.share()).isEqualTo(new Share(votes, base));
    assertThat(a.share().percent().toPlainString()).isEqualTo(percent);
  }

  @ParameterizedTest(name = "{0} of {1} shows as {2} % and passes {3}/{4}: {5}")
  @CsvSource({
    "51, 226, 22.57, 2257, 10000, false",
    "51, 226, 22.57, 22566, 100000, true",
    "2, 3, 66.67, 6667, 10000, false",
    "2, 3, 66.67, 2, 3, true",
    "44, 195, 22.56, 2256, 10000, true"
  })
  void theRoundedPercentageNeverDecides(
      int votes, int present, String shown, int num, int den, boolean passes) {
    OptionResult a =
        single(
            rule(Comparison.GE, Fraction.of(num, den), ThresholdBase.PRESENT),
            present,
            present,
            votes);
    assertThat(a.share().percent().toPlainString()).isEqualTo(shown);
    assertThat(a.passed()).isEqualTo(passes);
  }

  @ParameterizedTest(name = "base {0}: {1} votes of {2}, passes {3}")
  @CsvSource({
    "ENTITLED, 7, 14, false",
    "ENTITLED, 8, 14, true",
    "PRESENT, 6, 12, false",
    "PRESENT, 7, 12, true",
    "COLLECTED, 5, 11, false",
    "COLLECTED, 6, 11, true",
    "VALID, 4, 8, false",
    "VALID, 5, 8, true"
  })
  void eachBaseIsItsOwnHundredPercent(
      ThresholdBase base, int votes, long expectedBase, boolean passes) {
    // 14 entitled, 12 present, 12 ballots issued, 11 collected, 3 invalid: 8 valid.
    RoundSetup setup = ballot(rule(Comparison.GT, Fraction.of(1, 2), base), 1, 14, 12, "A");
    RoundResult result = VoteEngine.result(setup, ballotTally(12, 11, 3, "A=" + votes));
    assertThat(result.base()).isEqualTo(expectedBase);
    assertThat(option(result, "A").share()).isEqualTo(new Share(votes, expectedBase));
    assertThat(option(result, "A").passed()).isEqualTo(passes);
  }

  @ParameterizedTest(name = "{0} invalid of 11 collected, base {1}: 5 votes pass {2}")
  @CsvSource({
    "0, COLLECTED, false",
    "2, COLLECTED, false",
    "3, COLLECTED, false",
    "0, VALID, false",
    "1, VALID, false",
    "2, VALID, true",
    "3, VALID, true"
  })
  void invalidBallotsCountAgainstACandidateOnlyInsideTheBase(
      int invalid, ThresholdBase base, boolean passes) {
    RoundSetup setup = ballot(rule(Comparison.GT, Fraction.of(1, 2), base), 1, 12, 12, "A");
    RoundResult result = VoteEngine.result(setup, ballotTally(12, 11, invalid, "A=5"));
    assertThat(result.base()).isEqualTo(base == ThresholdBase.COLLECTED ? 11 : 11 - invalid);
    assertThat(option(result, "A").passed()).isEqualTo(passes);
  }

  @ParameterizedTest(name = "show of hands, base {0}: base {1}, 7 hands pass {2}")
  @CsvSource({"ENTITLED, 14, false", "PRESENT, 12, true", "COLLECTED, 12, true", "VALID, 12, true"})
  void aShowOfHandsHasNoBallotsSoCollectedAndValidMeanThePresent(
      ThresholdBase base, long expectedBase, boolean passes) {
    RoundSetup setup = hands(rule(Comparison.GT, Fraction.of(1, 2), base), 1, 14, 12, "A");
    RoundResult result = VoteEngine.result(setup, handsTally("A=7/4/1"));
    assertThat(result.base()).isEqualTo(expectedBase);
    assertThat(option(result, "A").passed()).isEqualTo(passes);
  }

  @ParameterizedTest(name = "{0}, {1} seats: nominated [{2}], tied [{3}], {4} left")
  @CsvSource({
    // 10 present, pass at least 70 %: 7 votes or more.
    "A=7 B=9 C=8 D=10 E=3, 2, D B, '', 0",
    "A=10 B=9 C=8 D=7, 4, A B C D, '', 0",
    "A=7 B=3, 4, A, '', 0",
    "A=6 B=5, 1, '', '', 0",
    // A tie across the last seat: nobody at the cutoff is nominated.
    "A=9 B=8 C=8 D=7, 2, A, B C, 1",
    "A=10 B=8 C=8 D=8 E=7, 3, A, B C D, 2",
    "A=10 B=9 C=7 D=7, 3, A B, C D, 1",
    // All tied for all the seats.
    "A=8 B=8 C=8, 2, '', A B C, 2",
    "A=8 B=8 C=8, 1, '', A B C, 1",
    // A tie that does not cross the last seat decides nothing.
    "A=8 B=8 C=8, 3, A B C, '', 0",
    "A=9 B=9 C=8 D=7, 2, A B, '', 0",
    "A=10 B=9 C=8 D=8, 2, A B, '', 0",
    // Options that fail the threshold neither take a seat nor tie for one.
    "A=9 B=6 C=6, 2, A, '', 0",
    "A=9 B=7 C=6 D=6, 2, A B, '', 0"
  })
  void theTopPassingOptionsTakeTheSeatsAndATieAcrossTheLastSeatIsLeftOpen(
      String tally, int seats, String nominated, String tied, int seatsLeft) {
    RoundSetup setup = hands(RulePreset.CLUSTER_DEFAULT.rule(), seats, 10, 10, optionsOf(tally));
    RoundResult result = VoteEngine.result(setup, handsTally(tally));
    assertThat(result.nominated()).containsExactlyInAnyOrderElementsOf(names(nominated));
    assertThat(result.tied()).containsExactlyInAnyOrderElementsOf(names(tied));
    assertThat(result.seatsLeft()).isEqualTo(seatsLeft);
    assertThat(result.settled()).isEqualTo(names(tied).isEmpty());
  }

  @ParameterizedTest(name = "runoff B={0} C={1}: nominated [{2}], tied [{3}]")
  @CsvSource({
    "8, 2, B, ''",
    "3, 7, C, ''",
    // Tied again: a further runoff (or the chair) settles it.
    "5, 5, '', ''",
    "7, 7, '', B C",
    "10, 0, B, ''"
  })
  void aRunoffAmongTheTiedFillsTheSeatsLeft(int votesB, int votesC, String nominated, String tied) {
    VoteRule rule = RulePreset.CLUSTER_DEFAULT.rule();
    RoundResult first =
        VoteEngine.result(hands(rule, 2, 10, 10, "A B C D"), handsTally("A=9 B=8 C=8 D=7"));
    assertThat(first.nominated()).containsExactly("A");
    assertThat(first.tied()).containsExactlyInAnyOrder("B", "C");
    assertThat(first.seatsLeft()).isEqualTo(1);

    RoundSetup runoff =
        new RoundSetup(
            2, rule, VotingMethod.SHOW_OF_HANDS, first.seatsLeft(), 10, 10, first.tied());
    RoundResult second = VoteEngine.result(runoff, handsTally("B=" + votesB + " C=" + votesC));
    assertThat(second.round()).isEqualTo(2);
    assertThat(second.nominated()).containsExactlyInAnyOrderElementsOf(names(nominated));
    assertThat(second.tied()).containsExactlyInAnyOrderElementsOf(names(tied));
    assertThat(second.seatsLeft()).isEqualTo(names(tied).isEmpty() ? 0 : 1);
    List<String> all = new ArrayList<>(first.nominated());
    all.addAll(second.nominated());
    assertThat(all).hasSizeLessThanOrEqualTo(2).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}: ranked {1}")
  @CsvSource({"A=3 B=9 C=5 D=9 E=0, B D C A E", "A=1 B=1 C=1, A B C", "A=0 B=10, B A"})
  void optionsAreRankedByVotesWithTiesInBallotOrder(String tally, String ranked) {
    RoundSetup setup = hands(RulePreset.CLUSTER_DEFAULT.rule(), 1, 10, 10, optionsOf(tally));
    assertThat(VoteEngine.result(setup, handsTally(tally)).options())
        .extracting(OptionResult::option)
        .containsExactlyElementsOf(names(ranked));
  }

  @ParameterizedTest(name = "{1} of {0} entitled present, quorum {2} {3}/{4}: met {5}")
  @CsvSource({
    "9, 6, GE, 2, 3, true",
    "9, 5, GE, 2, 3, false",
    "11, 8, GE, 2, 3, true",
    "11, 7, GE, 2, 3, false",
    "10, 6, GT, 1, 2, true",
    "10, 5, GT, 1, 2, false",
    "10, 5, GE, 1, 2, true"
  })
  void withoutAQuorumNobodyIsNominatedButTheSharesAreStillReported(
      int entitled, int present, Comparison op, int num, int den, boolean met) {
    VoteRule rule =
        new VoteRule(
            null,
            VoterBasis.UNIT,
            op,
            Fraction.of(num, den),
            Comparison.GE,
            Fraction.percent(70),
            ThresholdBase.PRESENT,
            null);
    // A has every vote present, B has one.
    RoundResult result =
        VoteEngine.result(
            hands(rule, 1, entitled, present, "A B"), handsTally("A=" + present + " B=1"));
    assertThat(result.quorumMet()).isEqualTo(met);
    assertThat(result.attendance()).isEqualTo(new Share(present, entitled));
    assertThat(result.nominated()).isEqualTo(met ? List.of("A") : List.of());
    assertThat(result.tied()).isEmpty();
    assertThat(result.seatsLeft()).isZero();
    assertThat(option(result, "A").votesFor()).isEqualTo(present);
    assertThat(option(result, "A").share()).isEqualTo(new Share(present, present));
    assertThat(option(result, "A").share().percent().toPlainString()).isEqualTo("100.00");
    assertThat(option(result, "A").passed()).isTrue();
    assertThat(option(result, "B").share()).isEqualTo(new Share(1, present));
    assertThat(option(result, "B").passed()).isFalse();
  }

  @Test
  void withoutAQuorumEvenATieIsNotReported() {
    RoundResult result =
        VoteEngine.result(
            hands(RulePreset.CLUSTER_DEFAULT.rule(), 1, 11, 7, "A B"), handsTally("A=7 B=7"));
    assertThat(result.quorumMet()).isFalse();
    assertThat(result.attendance().percent().toPlainString()).isEqualTo("63.64");
    assertThat(result.options()).allMatch(OptionResult::passed);
    assertThat(result.nominated()).isEmpty();
    assertThat(result.tied()).isEmpty();
    assertThat(result.seatsLeft()).isZero();
  }

  @ParameterizedTest(name = "{0}: {1}/{2}/{3} of {4} passes {5}")
  @CsvSource({
    "SIMPLE_MAJORITY, 6, 3, 1, 10, true",
    "SIMPLE_MAJORITY, 5, 5, 0, 10, false",
    "SIMPLE_MAJORITY, 5, 4, 1, 10, false",
    "SIMPLE_MAJORITY, 5, 0, 4, 9, true",
    "CLUSTER_DEFAULT, 7, 3, 0, 10, true",
    "CLUSTER_DEFAULT, 6, 0, 4, 10, false",
    "TWO_THIRDS_PRESENT, 6, 3, 0, 9, true",
    "TWO_THIRDS_PRESENT, 5, 1, 3, 9, false"
  })
  void aMotionIsOneOptionForOneSeat(
      RulePreset preset, int votesFor, int against, int abstain, int present, boolean passes) {
    RoundSetup setup =
        new RoundSetup(
            1, preset.rule(), VotingMethod.SHOW_OF_HANDS, 1, present, present, List.of(MOTION));
    RoundResult result =
        VoteEngine.result(
            setup, new HandsTally(Map.of(MOTION, new HandsCount(votesFor, against, abstain))));
    OptionResult motion = option(result, MOTION);
    assertThat(motion.votesFor()).isEqualTo(votesFor);
    assertThat(motion.against()).isEqualTo(against);
    assertThat(motion.abstain()).isEqualTo(abstain);
    assertThat(motion.passed()).isEqualTo(passes);
    assertThat(result.nominated()).isEqualTo(passes ? List.of(MOTION) : List.of());
    assertThat(result.settled()).isTrue();
  }

  @ParameterizedTest(name = "hands {0}: {1} for, {2} against, {3} abstaining")
  @CsvSource({
    // One character per unit present: F for, A against, N abstaining, - no hand raised.
    "FFFFFFFAAN, 7, 2, 1",
    "FFFFFFF---, 7, 0, 0",
    "FFFFFF-AAN, 6, 2, 1",
    "AAAAAAAAAA, 0, 10, 0",
    "NNNNNNNNNN, 0, 0, 10",
    "----------, 0, 0, 0"
  })
  void aShowOfHandsFromRaisedHandsGivesTheSameResultAsItsCounts(
      String raised, int votesFor, int against, int abstain) {
    Map<String, Choice> byUnit = new LinkedHashMap<>();
    for (int i = 0; i < raised.length(); i++) {
      switch (raised.charAt(i)) {
        case 'F' -> byUnit.put("Đơn vị " + (i + 1), Choice.FOR);
        case 'A' -> byUnit.put("Đơn vị " + (i + 1), Choice.AGAINST);
        case 'N' -> byUnit.put("Đơn vị " + (i + 1), Choice.ABSTAIN);
        default -> {}
      }
    }
    HandsTally fromHands = HandsTally.fromRaisedHands(Map.of("A", byUnit, "B", Map.of()));
    HandsTally fromCounts =
        new HandsTally(
            Map.of("A", new HandsCount(votesFor, against, abstain), "B", new HandsCount(0, 0, 0)));
    assertThat(fromHands.counts()).isEqualTo(fromCounts.counts());

    RoundSetup setup = hands(RulePreset.CLUSTER_DEFAULT.rule(), 1, 10, 10, "A B");
    RoundResult result = VoteEngine.result(setup, fromHands);
    assertThat(result).isEqualTo(VoteEngine.result(setup, fromCounts));
    assertThat(result.nominated()).isEqualTo(votesFor >= 7 ? List.of("A") : List.of());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1:A,B; 2:A; 3:!NO_STAMP; 4:B,C; 5:A; 6: | 6 | 1 | A=3 B=2 C=1",
        "1:A; 2:A; 3:A; 4:A; 5:!BLANK; 6:!OTHER; 7:B | 7 | 2 | A=4 B=1 C=0",
        "1:!TOO_MANY | 1 | 1 | A=0 B=0 C=0"
      })
  void ballotsEnteredOneByOneGiveTheSameResultAsTheirTotals(
      String entered, int collected, int invalid, String votes) {
    VoteRule rule = rule(Comparison.GT, Fraction.of(1, 2), ThresholdBase.VALID);
    RoundSetup setup = ballot(rule, 2, 7, 7, "A B C");
    RoundResult oneByOne =
        VoteEngine.result(setup, BallotTally.fromBallots(7, setup.options(), ballots(entered)));
    RoundResult totals = VoteEngine.result(setup, ballotTally(7, collected, invalid, votes));
    assertThat(oneByOne).isEqualTo(totals);
    assertThat(oneByOne.base()).isEqualTo(collected - invalid);
  }

  @Test
  void anOptionWithNoCountRecordedHasNoVotes() {
    RoundSetup setup = hands(RulePreset.CLUSTER_DEFAULT.rule(), 2, 10, 10, "A B");
    RoundResult result = VoteEngine.result(setup, handsTally("A=8"));
    assertThat(option(result, "B").votesFor()).isZero();
    assertThat(option(result, "B").passed()).isFalse();
    assertThat(result.nominated()).containsExactly("A");
  }
}
