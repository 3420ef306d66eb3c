package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.Check;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/** Rounds from opening to closing, over a real database, with the audit trail checked each time. */
class VoteServiceTest {
  private static final String BNC = DemoConference.HOST;
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";
  private static final String BDV = "Ban Dân vận Tỉnh uỷ";
  private static final String UBKT = "Uỷ ban Kiểm tra Tỉnh uỷ";

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private long conference;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    conference = s.conferences().createDemo();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private void checkIn(int units) {
    DemoConference.UNITS.stream().limit(units).forEach(u -> s.votes().checkIn(conference, u, true));
  }

  @Test
  void aRoundOpenedMarksTheConferenceRunningAndAClosedConferenceOpensNone() {
    assertThat(s.conferences().open(conference).status())
        .isEqualTo(vn.binhxet.domain.ConferenceStatus.PREPARING);
    s.votes().openRound(conference, 1, EntryMode.HANDS, null);
    assertThat(s.conferences().open(conference).status())
        .isEqualTo(vn.binhxet.domain.ConferenceStatus.RUNNING);

    s.agenda().goToStep(conference, 1);
    s.agenda().finish(conference);
    assertThatThrownBy(() -> s.votes().openRound(conference, 2, EntryMode.HANDS, null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
        .isEqualTo("vote.conferenceClosed");
    assertThat(s.votes().outcomes(conference).get(1).rounds()).isEmpty();
  }

  @Test
  void theDemoConferenceComputesExactlyTheSeedsOutcome() {
    long demo = s.demo().create();
    List<VoteOutcome> outcomes = s.votes().outcomes(demo);
    for (VoteOutcome o : outcomes) {
      assertThat(o.decided()).as("vote %d decided", o.position()).isTrue();
      if (o.vote().kind() == VoteKind.NOMINATION) {
        assertThat(o.chosen())
            .as("award of rank %d", o.vote().awardRank())
            .containsExactlyInAnyOrderElementsOf(
                DemoConference.NOMINEES.get(o.vote().awardRank() - 1));
      } else if (o.vote().kind() == VoteKind.CLUSTER_HEAD) {
        assertThat(o.chosen()).containsExactly(DemoConference.NEXT_HEAD);
      } else {
        assertThat(o.chosen())
            .as("motion %s passed", o.vote().subject())
            .containsExactly(o.vote().subject());
      }
    }
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void theVotersPresentAreFrozenWhenTheRoundOpens() {
    checkIn(9);
    RoundRef ref = s.votes().openRound(conference, 1, EntryMode.HANDS, null);
    s.votes().checkIn(conference, DemoConference.UNITS.get(9), true);
    assertThat(s.votes().round(ref).setup().votersPresent()).isEqualTo(9);
    assertThat(s.votes().round(ref).setup().votersEntitled()).isEqualTo(11);
  }

  @Test
  void aShowOfHandsFromOpeningToTheStoredResult() {
    checkIn(11);
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.HANDS, List.of(BNC, BTG));
    assertThat(s.entries().recordHands(ref, BNC, new HandsCount(8, 2, 1)))
        .extracting(Finding::check)
        .containsExactly(Check.W03);
    assertThatThrownBy(() -> s.votes().closeRound(ref, false))
        .isInstanceOf(ConfirmationNeededException.class);
    s.entries().recordHands(ref, BTG, new HandsCount(3, 7, 1));
    RoundResult result = s.votes().closeRound(ref, false);
    assertThat(result.nominated()).containsExactly(BNC);
    assertThat(s.votes().round(ref).status()).isEqualTo(RoundStatus.CLOSED);
    assertThat(s.votes().round(ref).stored().nominated()).containsExactly(BNC);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void anEntryWithAnErrorIsRefusedAndNothingIsStored() {
    checkIn(9);
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.HANDS, List.of(BNC, BTG));
    s.entries().recordHands(ref, BNC, new HandsCount(5, 1, 1));
    long logged = s.audit().verify().entries();
    assertThatThrownBy(() -> s.entries().recordHands(ref, BNC, new HandsCount(8, 2, 1)))
        .isInstanceOfSatisfying(
            EntryRefusedException.class,
            e -> assertThat(e.findings()).extracting(Finding::check).containsExactly(Check.E06));
    assertThat(s.votes().round(ref).hands().counts().get(BNC)).isEqualTo(new HandsCount(5, 1, 1));
    assertThat(s.audit().verify().entries()).isEqualTo(logged);
  }

  @Test
  void aTieAcrossTheLastSeatIsSettledByARunoffAmongTheTied() {
    checkIn(11);
    RoundRef first = s.votes().openRound(conference, 4, EntryMode.HANDS, List.of(BTG, BDV, UBKT));
    s.entries().recordHands(first, BTG, new HandsCount(10, 1, 0));
    s.entries().recordHands(first, BDV, new HandsCount(8, 3, 0));
    s.entries().recordHands(first, UBKT, new HandsCount(8, 3, 0));
    RoundResult tie = s.votes().closeRound(first, false);
    assertThat(tie.nominated()).containsExactly(BTG);
    assertThat(tie.tied()).containsExactlyInAnyOrder(BDV, UBKT);
    assertThat(tie.seatsLeft()).isEqualTo(1);

    RoundRef runoff = s.votes().openRound(conference, 4, EntryMode.HANDS, null);
    assertThat(runoff.round()).isEqualTo(2);
    assertThat(s.votes().round(runoff).setup().options()).containsExactlyInAnyOrder(BDV, UBKT);
    assertThat(s.votes().round(runoff).setup().seats()).isEqualTo(1);
    s.entries().recordHands(runoff, BDV, new HandsCount(9, 2, 0));
    s.entries().recordHands(runoff, UBKT, new HandsCount(2, 9, 0));
    s.votes().closeRound(runoff, false);

    VoteOutcome outcome = s.votes().outcomes(conference).get(3);
    assertThat(outcome.chosen()).containsExactly(BTG, BDV);
    assertThat(outcome.decided()).isTrue();
  }

  @Test
  void theChairMayDecideATieWithAReason() {
    checkIn(11);
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.HANDS, List.of(BNC, BTG));
    s.entries().recordHands(ref, BNC, new HandsCount(9, 2, 0));
    s.entries().recordHands(ref, BTG, new HandsCount(9, 2, 0));
    s.votes().closeRound(ref, false);
    assertThatThrownBy(() -> s.votes().decideTie(ref, List.of(BNC), " "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.votes().decideTie(ref, List.of(BNC, BTG), "Theo thành tích"))
        .isInstanceOf(InvalidInputException.class);
    s.votes().decideTie(ref, List.of(BNC), "Chủ trì kết luận theo kết quả chấm điểm thi đua");
    VoteOutcome outcome = s.votes().outcomes(conference).get(2);
    assertThat(outcome.chosen()).containsExactly(BNC);
    assertThat(outcome.decided()).isTrue();
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aClosedRoundReopensOnlyWithAReason(String blank) {
    checkIn(11);
    RoundRef ref = s.votes().openRound(conference, 1, EntryMode.HANDS, null);
    s.entries().recordHands(ref, "Thông qua chương trình hội nghị", new HandsCount(11, 0, 0));
    s.votes().closeRound(ref, false);
    assertThatThrownBy(
            () ->
                s.entries()
                    .recordHands(ref, "Thông qua chương trình hội nghị", new HandsCount(10, 1, 0)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.votes().reopenRound(ref, blank))
        .isInstanceOf(InvalidInputException.class);

    s.votes().reopenRound(ref, "Thư ký nhập nhầm số phiếu");
    s.entries().recordHands(ref, "Thông qua chương trình hội nghị", new HandsCount(10, 1, 0));
    assertThat(s.votes().closeRound(ref, false).options().get(0).votesFor()).isEqualTo(10);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void undoRemovesTheLastEntryOnly() {
    checkIn(11);
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.HANDS, List.of(BNC, BTG));
    s.entries().recordHands(ref, BNC, new HandsCount(8, 2, 1));
    s.entries().recordHands(ref, BTG, new HandsCount(3, 7, 1));
    assertThat(s.entries().undoLastEntry(ref)).isPresent();
    assertThat(s.votes().round(ref).hands().counts()).containsOnlyKeys(BNC);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void twoBlindEntriesMustAgreeBeforeTheRoundCloses() {
    checkIn(11);
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.BALLOTS_TWICE, List.of(BNC, BTG));
    s.entries().recordAccounting(ref, 3, 3, Map.of());
    List<Ballot> ballots =
        List.of(
            Ballot.valid(1, Map.of(BNC, Mark.FOR)),
            Ballot.valid(2, Map.of(BNC, Mark.FOR)),
            Ballot.valid(3, Map.of(BTG, Mark.FOR)));
    ballots.forEach(b -> s.entries().recordBallot(ref, 1, b));
    assertThatThrownBy(() -> s.votes().closeRound(ref, true))
        .as("entries: 3 ballots collected, none entered a second time yet")
        .isInstanceOf(EntriesDifferException.class);
    s.entries().recordBallot(ref, 2, ballots.get(0));
    s.entries().recordBallot(ref, 2, Ballot.valid(2, Map.of(BTG, Mark.FOR)));
    s.entries().recordBallot(ref, 2, ballots.get(2));
    assertThatThrownBy(() -> s.votes().closeRound(ref, true))
        .isInstanceOfSatisfying(
            EntriesDifferException.class,
            e -> assertThat(e.differences()).extracting(d -> d.seq()).containsExactly(2));

    s.entries().undoLastEntry(ref);
    s.entries().undoLastEntry(ref);
    s.entries().recordBallot(ref, 2, ballots.get(1));
    s.entries().recordBallot(ref, 2, ballots.get(2));
    RoundResult result = s.votes().closeRound(ref, true);
    assertThat(result.options()).extracting(o -> o.votesFor()).containsExactly(2L, 1L);
  }

  @Test
  void aSecretBallotClosesOnlyWhenEveryBallotCollectedIsEntered() {
    checkIn(11);
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.BALLOTS, List.of(BNC, BTG));
    s.entries().recordAccounting(ref, 3, 3, Map.of());
    s.entries().recordBallot(ref, 1, Ballot.valid(1, Map.of(BNC, Mark.FOR)));
    s.entries().recordBallot(ref, 1, Ballot.valid(2, Map.of(BTG, Mark.FOR)));
    assertThatThrownBy(() -> s.votes().closeRound(ref, true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("vote.ballotsEntered"));
    s.entries()
        .recordBallot(ref, 1, Ballot.invalid(3, vn.binhxet.domain.vote.InvalidReason.NO_STAMP));
    RoundResult result = s.votes().closeRound(ref, true);
    assertThat(result.options()).extracting(o -> o.votesFor()).containsExactly(1L, 1L);
    assertThat(result.nominated()).as("1 of 11 is far below 70 %").isEmpty();
  }

  @Test
  void aCandidateOutsideTheAwardsPoolCannotStand() {
    checkIn(11);
    RoundRef flag = s.votes().openRound(conference, 3, EntryMode.HANDS, List.of(BNC, BTG));
    s.entries().recordHands(flag, BNC, new HandsCount(10, 1, 0));
    s.entries().recordHands(flag, BTG, new HandsCount(1, 10, 0));
    s.votes().closeRound(flag, false);
    // The Government flag went to the Ban Nội chính: it may not stand for the provincial flag too.
    assertThatThrownBy(() -> s.votes().openRound(conference, 4, EntryMode.HANDS, List.of(BNC, BTG)))
        .isInstanceOfSatisfying(
            EntryRefusedException.class,
            e -> {
              assertThat(e.findings()).extracting(Finding::check).containsExactly(Check.E07);
              assertThat(e.findings()).extracting(Finding::option).containsExactly(BNC);
            });
    RoundRef provincial = s.votes().openRound(conference, 4, EntryMode.HANDS, null);
    assertThat(s.votes().round(provincial).setup().options()).hasSize(10).doesNotContain(BNC);
  }

  @Test
  void aHeadChosenByRotationIsRecordedNotVotedOn() {
    // A conference whose next head comes by rotation: the head vote of a new conference says so.
    long id = s.conferences().create(ConferenceServiceTest.valid());
    int head =
        s.votes().outcomes(id).stream()
            .filter(o -> o.vote().kind() == VoteKind.CLUSTER_HEAD)
            .findFirst()
            .orElseThrow()
            .position();
    // The default agenda elects the head: recording an appointment is refused.
    assertThatThrownBy(() -> s.votes().recordHeadDecision(id, head, "Sở Tư pháp", "Luân phiên"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(s.votes().outcomes(id).get(head - 1).decided()).isFalse();
  }

  @Test
  void aRotationRecordsTheUnitWhoseTurnItIs() {
    long id = Fakes.storeDemoWithVote(db, 5, Fakes.headBy(vn.binhxet.domain.HeadChoice.ROTATION));

    assertThatThrownBy(() -> s.votes().openRound(id, 6, EntryMode.HANDS, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> s.votes().recordHeadDecision(id, 6, "Sở Nội vụ", null))
        .isInstanceOf(InvalidInputException.class);
    s.votes().recordHeadDecision(id, 6, BTG, "Theo thứ tự luân phiên của Khối");
    VoteOutcome outcome = s.votes().outcomes(id).get(5);
    assertThat(outcome.chosen()).containsExactly(BTG);
    assertThat(outcome.decided()).isTrue();
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void underARuleByDelegatesTheEntitledDelegatesCheckedInAreThePresent() {
    vn.binhxet.domain.Vote motion = DemoConference.create().votes().get(0);
    long id =
        Fakes.storeDemoWithVote(
            db,
            0,
            new vn.binhxet.domain.Vote(
                motion.kind(),
                null,
                motion.subject(),
                motion.method(),
                1,
                null,
                vn.binhxet.domain.RulePreset.CIRCULAR_35_2015.rule(),
                motion.visibility(),
                List.of()));
    // Participants 2..12 are the units' leaders, who vote; 1 is the guest, who does not.
    for (int p = 1; p <= 9; p++) {
      s.votes().checkInDelegate(id, p, true);
    }
    s.votes().checkInDelegate(id, 9, false);
    assertThat(s.votes().delegatesPresent(id)).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8);

    RoundRef ref = s.votes().openRound(id, 1, EntryMode.HANDS, null);
    assertThat(s.votes().round(ref).setup().votersEntitled()).isEqualTo(11);
    assertThat(s.votes().round(ref).setup().votersPresent()).isEqualTo(7);
    assertThatThrownBy(() -> s.votes().checkInDelegate(id, 99, true))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aTallyChangedBehindTheAppsBackIsCaughtAndNamed() throws Exception {
    long demo = s.demo().create();
    assertThat(s.audit().verify().intact()).isTrue();
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("binhxet"), "sa", "")) {
      c.createStatement()
          .executeUpdate("update hands_tally set for_count = for_count - 1 where for_count = 9");
    }
    AuditService.Verdict verdict = s.audit().verify();
    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.mismatches())
        .extracting(AuditService.Mismatch::fault)
        .containsOnly(AuditService.Fault.ROUND_CHANGED);
    assertThat(verdict.mismatches().get(0).subject()).startsWith("conference:" + demo + "/vote:5");
  }
}
