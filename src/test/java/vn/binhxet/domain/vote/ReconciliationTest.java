package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhxet.domain.vote.Rounds.ballots;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconciliationTest {
  @ParameterizedTest(name = "[{0}] and [{1}] differ at [{2}]")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // Equal entries, whatever order the ballots or their marks were typed in.
        "1:A; 2:B; 3:!BLANK | 1:A; 2:B; 3:!BLANK | none",
        "1:A,B; 2:B | 2:B; 1:B,A | none",
        "1:A,B-; 2: | 1:B-,A; 2: | none",
        " | | none",
        // A ballot entered differently.
        "1:A; 2:B; 3:A | 1:A; 2:A; 3:A | 2",
        "1:A,B; 2:B | 1:A; 2:B | 1",
        "1:A,B- | 1:A,B | 1",
        "1: | 1:A | 1",
        // A ballot missing in one entry, either one.
        "1:A; 2:B; 3:A | 1:A; 2:B | 3",
        "1:A; 3:A | 1:A; 2:B; 3:A | 2",
        "1:A | | 1",
        // Invalid against valid, and one invalid reason against another.
        "1:A; 2:!NO_STAMP | 1:A; 2:B | 2",
        "1:A; 2: | 1:A; 2:!BLANK | 2",
        "1:!NO_STAMP | 1:!IDENTIFYING_MARK | 1",
        // Several at once, reported in entry order.
        "5:A; 1:B; 3:!OTHER; 2:A | 1:A; 2:A; 3:B; 4:A | 1 3 4 5"
      })
  void everyBallotEnteredDifferentlyOrOnlyOnceIsReportedByItsNumber(
      String first, String second, String differing) {
    List<Ballot> a = ballots(first);
    List<Ballot> b = ballots(second);
    List<Integer> expected =
        differing == null
            ? List.of()
            : Arrays.stream(differing.split(" ")).map(Integer::valueOf).toList();
    List<Reconciliation.Difference> found = Reconciliation.differences(a, b);
    assertThat(found)
        .extracting(Reconciliation.Difference::seq)
        .containsExactlyElementsOf(expected);
    for (Reconciliation.Difference d : found) {
      assertThat(d.first()).isEqualTo(bySeq(a).get(d.seq()));
      assertThat(d.second()).isEqualTo(bySeq(b).get(d.seq()));
    }
    // Which entry is first does not matter.
    assertThat(Reconciliation.differences(b, a))
        .extracting(Reconciliation.Difference::seq)
        .containsExactlyElementsOf(expected);
  }

  private static Map<Integer, Ballot> bySeq(List<Ballot> ballots) {
    Map<Integer, Ballot> out = new LinkedHashMap<>();
    ballots.forEach(x -> out.put(x.seq(), x));
    return out;
  }

  @Test
  void aBallotMissingFromOneEntryIsReportedWithThatSideEmpty() {
    List<Reconciliation.Difference> found =
        Reconciliation.differences(ballots("1:A; 2:B"), ballots("1:A"));
    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.seq()).isEqualTo(2);
              assertThat(d.first()).isEqualTo(Ballot.valid(2, Map.of("B", Mark.FOR)));
              assertThat(d.second()).isNull();
            });
  }
}
