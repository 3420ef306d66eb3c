package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.Check;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * Entries whose numbers cannot be true (docs/bad-input.md), sent to the entry service as any screen
 * or command would: each is refused with the check that names it, the round keeps what it had, and
 * no audit entry is added. Counts at the edge of {@code int} must not wrap into plausible ones. All
 * 11 units are present; two units stand for one seat in vote 3.
 */
class HostileEntryTest {
  private static final String A = DemoConference.HOST;
  private static final String B = "Ban Tuyên giáo Tỉnh uỷ";
  private static final int MAX = Integer.MAX_VALUE;

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private long conference;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    conference = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(conference, u, true));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  static Stream<Arguments> impossibleEntries() {
    int[] none = null;
    int[] all = {11, 11, 0};
    int[] oneInvalid = {11, 11, 1};
    int[] four = {4, 4, 0};
    return Stream.of(
        entry(
            "negative for",
            EntryMode.HANDS,
            none,
            (e, r) -> e.recordHands(r, A, new HandsCount(-1, 0, 0)),
            Check.E09,
            "cannot be negative: type 0 or more"),
        entry(
            "negative abstaining",
            EntryMode.HANDS,
            none,
            (e, r) -> e.recordHands(r, A, new HandsCount(5, 0, -1)),
            Check.E09),
        entry(
            "for + against + abstaining > present",
            EntryMode.HANDS,
            none,
            (e, r) -> e.recordHands(r, A, new HandsCount(6, 4, 2)),
            Check.E06,
            "(12) exceed the voters present (11): count the hands again"),
        entry(
            "three counts of the largest int (no wrap)",
            EntryMode.HANDS,
            none,
            (e, r) -> e.recordHands(r, A, new HandsCount(MAX, MAX, MAX)),
            Check.E06,
            "(6442450941)"),
        entry(
            "negative ballots issued",
            EntryMode.BALLOT_TOTALS,
            none,
            (e, r) -> e.recordAccounting(r, -1, 0, Map.of()),
            Check.E09),
        entry(
            "negative invalid ballots",
            EntryMode.BALLOT_TOTALS,
            none,
            (e, r) -> e.recordAccounting(r, 11, 11, Map.of(InvalidReason.NO_STAMP, -2)),
            Check.E09),
        entry(
            "collected > issued",
            EntryMode.BALLOT_TOTALS,
            none,
            (e, r) -> e.recordAccounting(r, 10, 11, Map.of()),
            Check.E01,
            "More ballots collected (11) than issued (10): check both numbers"),
        entry(
            "issued > voters present",
            EntryMode.BALLOT_TOTALS,
            none,
            (e, r) -> e.recordAccounting(r, 12, 12, Map.of()),
            Check.E02,
            "than voters present (11): check the number of ballots issued"),
        entry(
            "invalid > collected",
            EntryMode.BALLOT_TOTALS,
            none,
            (e, r) -> e.recordAccounting(r, 11, 11, Map.of(InvalidReason.TOO_MANY, 12)),
            Check.E08,
            "check the invalid ballots, reason by reason"),
        entry(
            "invalid counts summing past the largest int (no wrap)",
            EntryMode.BALLOT_TOTALS,
            none,
            (e, r) ->
                e.recordAccounting(
                    r, 11, 11, Map.of(InvalidReason.NO_STAMP, MAX, InvalidReason.TOO_MANY, MAX)),
            Check.E08),
        entry(
            "negative votes for",
            EntryMode.BALLOT_TOTALS,
            all,
            (e, r) -> e.recordBallotTotal(r, A, -1, null),
            Check.E09),
        entry(
            "votes for > valid ballots",
            EntryMode.BALLOT_TOTALS,
            oneInvalid,
            (e, r) -> e.recordBallotTotal(r, A, 11, null),
            Check.E03,
            "more votes (11) than there are valid ballots (10)"),
        entry(
            "the largest int as votes for",
            EntryMode.BALLOT_TOTALS,
            all,
            (e, r) -> e.recordBallotTotal(r, A, MAX, null),
            Check.E03),
        entry(
            "a ballot marking more units than the seats",
            EntryMode.BALLOTS,
            four,
            (e, r) -> e.recordBallot(r, 1, Ballot.valid(1, Map.of(A, Mark.FOR, B, Mark.FOR))),
            Check.E04,
            "record it as invalid"),
        entry(
            "a ballot marking a unit not on it",
            EntryMode.BALLOTS,
            four,
            (e, r) -> e.recordBallot(r, 1, Ballot.valid(1, Map.of("Sở Không Có", Mark.FOR))),
            Check.E05,
            "check the numbers typed against the ballot"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossibleEntries")
  void anImpossibleEntryIsRefusedAndNothingRecordedChanges(
      String what,
      EntryMode mode,
      int[] accounting,
      BiConsumer<EntryService, RoundRef> enter,
      Check check,
      List<String> words) {
    RoundRef ref = s.votes().openRound(conference, 3, mode, List.of(A, B));
    if (accounting != null) {
      s.entries()
          .recordAccounting(
              ref,
              accounting[0],
              accounting[1],
              accounting[2] == 0 ? Map.of() : Map.of(InvalidReason.NO_STAMP, accounting[2]));
    }
    String state = RoundDigest.of(s.votes().round(ref));
    long logged = s.audit().verify().entries();

    assertThatThrownBy(() -> enter.accept(s.entries(), ref))
        .isInstanceOfSatisfying(
            EntryRefusedException.class,
            e -> {
              assertThat(e.findings()).extracting(Finding::check).contains(check);
              Finding f =
                  e.findings().stream().filter(x -> x.check() == check).findFirst().orElseThrow();
              String shown =
                  new Messages(Locale.ENGLISH).get("check." + check.name(), f.args().toArray());
              words.forEach(w -> assertThat(shown).contains(w));
            });
    assertThat(RoundDigest.of(s.votes().round(ref))).isEqualTo(state);
    assertThat(s.audit().verify().entries()).isEqualTo(logged);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  private static Arguments entry(
      String what,
      EntryMode mode,
      int[] accounting,
      BiConsumer<EntryService, RoundRef> enter,
      Check check,
      String... words) {
    return Arguments.of(what, mode, accounting, enter, check, List.of(words));
  }
}
