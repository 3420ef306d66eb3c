package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.ThresholdBase;

/**
 * The fingerprint kept ballot by ballot is, after every ballot, the one hashed from the start over
 * the round as it then stands, whatever order the ballots come in.
 */
class RoundDigestRunningTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the stack in order;1:1=Đồng_Nai+ 1:2=Cà_Mau+,Ánh_Dương- 1:3=!BLANK 1:4=",
        "numbers out of order;1:3=Đồng_Nai+ 1:1=Cà_Mau+ 1:2=!NO_STAMP 1:5=Ánh_Dương+",
        "two entries interleaved;1:1=Đồng_Nai+ 2:1=Đồng_Nai+ 1:2=Cà_Mau+ 2:2=Cà_Mau+ 1:3=!BLANK"
            + " 2:3=!BLANK",
        "the second entry ahead of the first;2:1=Đồng_Nai+ 2:2=Cà_Mau+ 1:1=Đồng_Nai+ 1:2=Ánh_Dương+",
        "a ballot read again replaces its number;1:1=Đồng_Nai+ 1:2=Cà_Mau+ 1:1=Ánh_Dương+ 1:3=!BLANK",
        "the last ballot read again;1:1=Đồng_Nai+ 1:2=Cà_Mau+ 1:2=!TOO_MANY 1:3=Bình_Dương+",
      })
  void eachBallotLeavesTheFingerprintOfTheRoundAsItStands(String why, String steps) {
    RoundDigest.Running running = RoundDigest.Running.of(empty());
    List<Ballot> first = new ArrayList<>();
    List<Ballot> second = new ArrayList<>();
    for (String step : steps.split(" ")) {
      int pass = Integer.parseInt(step.substring(0, 1));
      Ballot ballot = ballot(step.substring(2));
      List<Ballot> entry = pass == 1 ? first : second;
      entry.removeIf(b -> b.seq() == ballot.seq());
      entry.add(ballot);
      entry.sort(Comparator.comparingInt(Ballot::seq));

      running = running.withBallot(pass, ballot);

      RoundRecord expected = withBallots(empty(), first, second);
      assertThat(running.round()).as(step).isEqualTo(expected);
      assertThat(running.logged()).as(step).isEqualTo(RoundDigest.logged(expected));
      assertThat(running.whole()).as(step).isEqualTo(RoundDigest.of(expected));
    }
  }

  @Test
  void aRunningFingerprintCanBeFinishedAgainAndStillGoOn() {
    RoundDigest.Running running =
        RoundDigest.Running.of(empty()).withBallot(1, ballot("1=Đồng_Nai+"));
    String once = running.logged();

    assertThat(running.logged()).isEqualTo(once);
    RoundDigest.Running next = running.withBallot(1, ballot("2=Cà_Mau+"));
    assertThat(running.logged()).isEqualTo(once);
    assertThat(next.logged()).isEqualTo(RoundDigest.logged(next.round())).isNotEqualTo(once);
  }

  /** {@code seq=Option+,Option-} (for, against) or {@code seq=!REASON} (invalid). */
  private static Ballot ballot(String text) {
    int eq = text.indexOf('=');
    int seq = Integer.parseInt(text.substring(0, eq));
    String marks = text.substring(eq + 1);
    if (marks.startsWith("!")) {
      return Ballot.invalid(seq, InvalidReason.valueOf(marks.substring(1)));
    }
    Map<String, Mark> out = new LinkedHashMap<>();
    for (String m : marks.isEmpty() ? new String[0] : marks.split(",")) {
      out.put(m.substring(0, m.length() - 1), m.endsWith("+") ? Mark.FOR : Mark.AGAINST);
    }
    return Ballot.valid(seq, out);
  }

  static RoundRecord empty() {
    RoundSetup setup =
        Rounds.ballot(
            Rounds.rule(Comparison.GT, Fraction.of(1, 2), ThresholdBase.COLLECTED),
            2,
            9,
            8,
            "Bình_Dương Đồng_Nai Cà_Mau Ánh_Dương");
    return withBallots(
        new RoundRecord(
            new RoundRef(7, 2, 1),
            setup,
            EntryMode.BALLOTS_TWICE,
            RoundStatus.OPEN,
            Instant.parse("2026-01-10T08:00:00Z"),
            null,
            new HandsTally(Map.of()),
            Map.of(),
            new BallotTally(8, 8, Map.of(), Map.of(), Map.of()),
            List.of(),
            List.of(),
            null,
            null,
            List.of()),
        List.of(),
        List.of());
  }

  static RoundRecord withBallots(RoundRecord r, List<Ballot> first, List<Ballot> second) {
    return new RoundRecord(
        r.ref(),
        r.setup(),
        r.mode(),
        r.status(),
        r.openedAt(),
        r.closedAt(),
        r.hands(),
        r.raised(),
        r.accounting(),
        first,
        second,
        r.stored(),
        r.chairDecision(),
        r.chairChoice());
  }
}
