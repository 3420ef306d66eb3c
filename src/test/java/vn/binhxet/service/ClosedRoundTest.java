package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.ui.Fakes;

/**
 * A closed round changes only by a reopen with a reason: every kind of entry into it is refused
 * with a message that says what to do, nothing stored changes, and the reopen's reason reaches the
 * log and the minutes. (VoteServiceTest.aClosedRoundReopensOnlyWithAReason checks a blank reason;
 * OtherDocumentsPdfTest.theMinutesTellAReopenedRoundAndWhy the printed sentence.)
 */
class ClosedRoundTest {
  private static final String UBKT = "Uỷ ban Kiểm tra Tỉnh uỷ";

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private long demo;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    demo = s.demo().create();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  /** Vote 3 (the Government flag) was counted as ballot totals, vote 5 by show of hands. */
  static Stream<Arguments> entries() {
    BiConsumer<EntryService, Long> hands =
        (e, id) -> e.recordHands(new RoundRef(id, 5, 1), UBKT, new HandsCount(10, 0, 1));
    BiConsumer<EntryService, Long> raised =
        (e, id) ->
            e.recordRaisedHands(
                new RoundRef(id, 5, 1), UBKT, Map.of(DemoConference.HOST, Choice.FOR));
    BiConsumer<EntryService, Long> accounting =
        (e, id) -> e.recordAccounting(new RoundRef(id, 3, 1), 11, 10, Map.of());
    BiConsumer<EntryService, Long> total =
        (e, id) -> e.recordBallotTotal(new RoundRef(id, 3, 1), DemoConference.HOST, 11, null);
    BiConsumer<EntryService, Long> ballot =
        (e, id) ->
            e.recordBallot(
                new RoundRef(id, 3, 1), 1, Ballot.valid(1, Map.of(DemoConference.HOST, Mark.FOR)));
    BiConsumer<EntryService, Long> invalid =
        (e, id) ->
            e.recordBallot(new RoundRef(id, 3, 1), 1, Ballot.invalid(1, InvalidReason.NO_STAMP));
    BiConsumer<EntryService, Long> undo = (e, id) -> e.undoLastEntry(new RoundRef(id, 5, 1));
    BiConsumer<EntryService, Long> undoBallot =
        (e, id) -> e.undoLastBallot(new RoundRef(id, 3, 1), 1);
    return Stream.of(
        Arguments.of("a count of hands", hands),
        Arguments.of("raised hands", raised),
        Arguments.of("the ballot accounting", accounting),
        Arguments.of("a ballot total", total),
        Arguments.of("a single ballot", ballot),
        Arguments.of("an invalid ballot", invalid),
        Arguments.of("undoing the last entry", undo),
        Arguments.of("undoing the last ballot", undoBallot));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void anEntryIntoAClosedRoundIsRefusedSayingHowToChangeItAndChangesNothing(
      String what, BiConsumer<EntryService, Long> entry) {
    String before3 = RoundDigest.of(s.votes().round(new RoundRef(demo, 3, 1)));
    String before5 = RoundDigest.of(s.votes().round(new RoundRef(demo, 5, 1)));
    long logged = s.audit().verify().entries();

    assertThatThrownBy(() -> entry.accept(s.entries(), demo))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              assertThat(ErrorText.describe(e, new Messages(Messages.VIETNAMESE)))
                  .isEqualTo("Vòng 1 đã kết thúc: muốn sửa, hãy mở lại vòng và ghi lý do.");
              assertThat(ErrorText.describe(e, new Messages(Messages.ENGLISH)))
                  .contains("Round 1")
                  .contains("reopen");
            });

    assertThat(RoundDigest.of(s.votes().round(new RoundRef(demo, 3, 1)))).isEqualTo(before3);
    assertThat(RoundDigest.of(s.votes().round(new RoundRef(demo, 5, 1)))).isEqualTo(before5);
    AuditService.Verdict after = s.audit().verify();
    assertThat(after.entries()).isEqualTo(logged);
    assertThat(after.intact()).isTrue();
  }

  @Test
  void aReopenNeedsAReasonWhichTheLogAndTheMinutesKeep() {
    RoundRef award = new RoundRef(demo, 5, 1);
    assertThatThrownBy(() -> s.votes().reopenRound(award, "  "))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ErrorText.describe(e, new Messages(Messages.VIETNAMESE)))
        .isEqualTo("Hãy ghi lý do: biên bản sẽ nêu lý do này.");

    String reason = "Thư ký nhập nhầm số phiếu tán thành của Uỷ ban Kiểm tra";
    s.votes().reopenRound(award, reason);
    s.entries().recordHands(award, UBKT, new HandsCount(10, 0, 1));
    s.votes().closeRound(award, true);

    List<AuditEntry> log =
        db.dsl().transactionResult(() -> new JooqAuditLogRepository(db.dsl()).all());
    assertThat(log)
        .filteredOn(e -> e.action().equals("ROUND_REOPENED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.subject()).isEqualTo(award.toString());
              assertThat(e.details()).contains("reason=" + reason).contains("was=");
            });
    assertThat(s.documents().facts(demo, null).vote(5).rounds().get(0).reopenReasons())
        .containsExactly(reason);
    assertThat(s.audit().verify().intact()).isTrue();
  }
}
