package vn.binhxet.ui.voting.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;

/** What a typed ballot reads as: the options it chooses, invalid with a reason, or refused. */
class BallotInputTest {
  private static final List<String> OPTIONS = List.of("A", "B", "C", "D");

  @ParameterizedTest(name = "\"{0}\" with {1} seats → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2          | 2 | B=FOR",
        "3 1        | 2 | C=FOR A=FOR",
        "' 4, 2 '   | 2 | D=FOR B=FOR",
        "-1 2       | 2 | A=AGAINST B=FOR",
        "0          | 2 | invalid BLANK",
        "0          | 4 | nobody",
        "/3         | 1 | invalid ADDED_NAME",
        "/ 7        | 1 | invalid OTHER",
        "''         | 1 | problem voting.ballot.empty",
        "/8         | 1 | problem voting.ballot.reason",
        "/          | 1 | problem voting.ballot.reason",
        "5          | 1 | problem voting.ballot.noSuch",
        "2 2        | 2 | problem voting.ballot.twice",
        "b          | 1 | problem voting.ballot.syntax",
      })
  void aTypedBallotReadsAs(String typed, int seats, String expected) {
    BallotInput.Parsed p = BallotInput.parse(typed, OPTIONS, seats, 7);
    assertThat(describe(p)).isEqualTo(expected);
    if (p.ok()) {
      assertThat(p.ballot().seq()).isEqualTo(7);
    }
  }

  private static String describe(BallotInput.Parsed p) {
    if (!p.ok()) {
      return "problem " + p.problemKey();
    }
    Ballot b = p.ballot();
    if (!b.isValid()) {
      return "invalid " + b.invalid();
    }
    if (b.marks().isEmpty()) {
      return "nobody";
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Mark> e : b.marks().entrySet()) {
      out.append(out.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue());
    }
    return out.toString();
  }

  @ParameterizedTest
  @CsvSource({"1, NO_STAMP", "2, TOO_MANY", "5, BLANK", "6, ALL_CROSSED"})
  void theReasonsAreNumberedAsOnScreen(int n, InvalidReason reason) {
    assertThat(BallotInput.parse("/" + n, OPTIONS, 1, 1).ballot().invalid()).isEqualTo(reason);
  }
}
