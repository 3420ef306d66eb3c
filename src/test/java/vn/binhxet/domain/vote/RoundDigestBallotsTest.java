package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.ThresholdBase;

/**
 * The single ballots' part of the fingerprint, which is built straight from the ballots for speed,
 * hashes the text earlier versions built (values taken from that version of the code): ballots out
 * of order, marks out of order, invalid ballots, both entries, Vietnamese names.
 */
class RoundDigestBallotsTest {
  @Test
  void singleBallotsKeepTheFingerprintEarlierVersionsLogged() {
    RoundRecord round = round();

    assertThat(RoundDigest.logged(round)).isEqualTo(PINNED);
    assertThat(RoundDigest.of(round)).isEqualTo(PINNED.substring(6, 70));
  }

  @Test
  void theFingerprintKeptBallotByBallotEndsAtTheOneEarlierVersionsLogged() {
    RoundRecord round = round();
    RoundDigest.Running running =
        RoundDigest.Running.of(RoundDigestRunningTest.withBallots(round, List.of(), List.of()));
    for (Ballot b : round.first()) {
      running = running.withBallot(1, b);
    }
    for (Ballot b : round.second()) {
      running = running.withBallot(2, b);
    }

    assertThat(running.logged()).isEqualTo(PINNED);
  }

  @Test
  void aBallotChangedAfterwardsChangesOnlyTheBallotsPart() {
    RoundRecord round = round();
    List<Ballot> first = new java.util.ArrayList<>(round.first());
    first.set(0, Ballot.valid(first.get(0).seq(), Map.of("Đồng_Nai", Mark.AGAINST)));
    RoundRecord edited =
        new RoundRecord(
            round.ref(),
            round.setup(),
            round.mode(),
            round.status(),
            round.openedAt(),
            round.closedAt(),
            round.hands(),
            round.raised(),
            round.accounting(),
            first,
            round.second(),
            round.stored(),
            round.chairDecision(),
            round.chairChoice());

    assertThat(RoundDigest.changed(PINNED, edited)).containsExactly(RoundDigest.Part.BALLOTS);
  }

  private static final String PINNED =
      "state=ab60cf4bb840bdfde19ed15b6a913af1ac14bc6d0a1937228ac28f8d341beec1; parts=status:6680606f49788cc3,"
          + "setup:3852657249da5183,hands:4ab3fa7ecc9b973e,accounting:ab9ca144db3d5476,"
          + "totals:2aa3129d11e94e69,ballots:bcc564a567a91ddf,result:e3b0c44298fc1c14,"
          + "chair:5a026462ee3ec3c7";

  private static RoundRecord round() {
    RoundSetup setup =
        Rounds.ballot(
            Rounds.rule(Comparison.GT, Fraction.of(1, 2), ThresholdBase.COLLECTED),
            2,
            9,
            8,
            "Bình_Dương Đồng_Nai Cà_Mau Ánh_Dương");
    Map<String, Mark> unsorted = new LinkedHashMap<>();
    unsorted.put("Đồng_Nai", Mark.FOR);
    unsorted.put("Cà_Mau", Mark.AGAINST);
    unsorted.put("Bình_Dương", Mark.FOR);
    List<Ballot> first =
        List.of(
            Ballot.valid(3, unsorted),
            Ballot.invalid(1, InvalidReason.BLANK),
            Ballot.valid(2, Map.of("Ánh_Dương", Mark.FOR)),
            Ballot.valid(4, Map.of()));
    List<Ballot> second =
        List.of(
            Ballot.valid(2, Map.of("Ánh_Dương", Mark.FOR)),
            Ballot.invalid(1, InvalidReason.NO_STAMP));
    return new RoundRecord(
        new RoundRef(7, 2, 1),
        setup,
        EntryMode.BALLOTS_TWICE,
        RoundStatus.OPEN,
        Instant.parse("2026-01-10T08:00:00Z"),
        null,
        new HandsTally(Map.of()),
        Map.of(),
        new BallotTally(8, 8, Map.of(InvalidReason.BLANK, 1), Map.of(), Map.of()),
        first,
        second,
        null,
        null,
        List.of());
  }
}
