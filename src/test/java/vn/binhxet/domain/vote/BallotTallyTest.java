package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count kept ballot by ballot is, after every ballot, the count of all the ballots so far: the
 * same totals, and the options in the same order (the order the minutes and the checks list them).
 */
class BallotTallyTest {
  private static final List<String> OPTIONS = List.of("Đồng Nai", "Cà Mau", "Ánh Dương");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "votes for only;Đồng_Nai+ Cà_Mau+,Đồng_Nai+ Ánh_Dương+",
        "agree and disagree columns;Cà_Mau-,Đồng_Nai+ Ánh_Dương-,Cà_Mau+ Đồng_Nai-,Ánh_Dương-",
        "invalid ballots of each kind;!BLANK !NO_STAMP Đồng_Nai+ !BLANK !TOO_MANY",
        "a valid ballot that chose no one;= Đồng_Nai+ =",
        "none but invalid;!ALL_CROSSED !OTHER",
      })
  void aCountKeptBallotByBallotIsTheCountOfAllTheBallots(String why, String stack) {
    List<Ballot> ballots = new ArrayList<>();
    BallotTally kept = BallotTally.fromBallots(1000, OPTIONS, List.of());
    for (String text : stack.split(" ")) {
      Ballot ballot = ballot(ballots.size() + 1, text);
      ballots.add(ballot);
      kept = kept.plus(ballot);
      BallotTally counted = BallotTally.fromBallots(1000, OPTIONS, ballots);

      assertThat(kept).isEqualTo(counted);
      assertThat(List.copyOf(kept.votesFor().entrySet()))
          .containsExactlyElementsOf(counted.votesFor().entrySet());
      assertThat(List.copyOf(kept.votesAgainst().entrySet()))
          .containsExactlyElementsOf(counted.votesAgainst().entrySet());
      assertThat(List.copyOf(kept.invalid().entrySet()))
          .containsExactlyElementsOf(counted.invalid().entrySet());
    }
  }

  /** "Đồng_Nai+,Cà_Mau-": marks ("_" a space); "!BLANK": invalid; "=": valid, no mark. */
  private static Ballot ballot(int seq, String text) {
    if (text.startsWith("!")) {
      return Ballot.invalid(seq, InvalidReason.valueOf(text.substring(1)));
    }
    Map<String, Mark> marks = new LinkedHashMap<>();
    if (!text.equals("=")) {
      for (String mark : text.split(",")) {
        String option = mark.substring(0, mark.length() - 1).replace('_', ' ');
        marks.put(option, mark.endsWith("+") ? Mark.FOR : Mark.AGAINST);
      }
    }
    return Ballot.valid(seq, marks);
  }
}
