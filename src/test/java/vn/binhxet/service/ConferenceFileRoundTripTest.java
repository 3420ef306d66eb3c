package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/** A conference exported from one data folder and imported into another computes the same. */
class ConferenceFileRoundTripTest {
  private static final String BNC = DemoConference.HOST;
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";
  private static final String BDV = "Ban Dân vận Tỉnh uỷ";
  private static final String UBKT = "Uỷ ban Kiểm tra Tỉnh uỷ";
  private static final String DUKCQ = "Đảng uỷ Khối các cơ quan tỉnh";
  private static final String TCT = "Trường Chính trị Nguyễn Văn Cừ";
  private static final String BBN = "Báo Bắc Ninh";
  private static final String VPTU = "Văn phòng Tỉnh uỷ";
  private static final String BTC = "Ban Tổ chức Tỉnh uỷ";

  @TempDir Path sourceDir;
  @TempDir Path targetDir;
  private Database sourceDb;
  private Database targetDb;
  private Fakes.Stack source;
  private Fakes.Stack target;

  @BeforeEach
  void setUp() {
    sourceDb = Database.open(sourceDir);
    targetDb = Database.open(targetDir);
    source = Fakes.stack(sourceDb, Clock.systemUTC());
    target = Fakes.stack(targetDb, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    sourceDb.close();
    targetDb.close();
  }

  @Test
  void theDemoConferenceComesBackWithTheSameResultsAndAnIntactLog() {
    long demo = source.demo().create();

    long imported = target.files().importFile(source.files().export(demo));

    assertSameConference(demo, imported);
    assertThat(target.votes().outcomes(imported))
        .filteredOn(o -> o.vote().awardRank() != null)
        .extracting(VoteOutcome::chosen)
        .containsExactlyElementsOf(DemoConference.NOMINEES);
  }

  @Test
  void aTieDecidedByTheChairAReopenedRoundAndEveryEntryModeComeBack() {
    long id = source.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> source.votes().checkIn(id, u, true));
    source.votes().checkIn(id, DemoConference.UNITS.get(10), false);

    RoundRef agenda = source.votes().openRound(id, 1, EntryMode.HANDS, null);
    String subject = source.votes().round(agenda).setup().options().get(0);
    source.entries().recordHands(agenda, subject, new HandsCount(9, 1, 0));
    source.votes().closeRound(agenda, false);
    source.votes().reopenRound(agenda, "Thư ký nhập nhầm số phiếu");
    source.entries().recordHands(agenda, subject, new HandsCount(10, 0, 0));
    source.votes().closeRound(agenda, false);

    RoundRef flag = source.votes().openRound(id, 3, EntryMode.HANDS, List.of(BNC, BTG));
    source.entries().recordHands(flag, BNC, new HandsCount(9, 1, 0));
    source.entries().recordHands(flag, BTG, new HandsCount(9, 1, 0));
    source.votes().closeRound(flag, false);
    source.votes().decideTie(flag, List.of(BNC), "Chủ trì kết luận theo kết quả chấm điểm");

    RoundRef provincial =
        source.votes().openRound(id, 4, EntryMode.BALLOT_TOTALS, List.of(BTG, BDV, UBKT));
    source.entries().recordAccounting(provincial, 10, 10, Map.of(InvalidReason.NO_STAMP, 1));
    source.entries().recordBallotTotal(provincial, BTG, 9, null);
    source.entries().recordBallotTotal(provincial, BDV, 8, null);
    source.entries().recordBallotTotal(provincial, UBKT, 1, null);
    source.votes().closeRound(provincial, true);

    RoundRef certificate =
        source.votes().openRound(id, 5, EntryMode.HANDS, List.of(DUKCQ, TCT, BBN, VPTU, BTC));
    for (String unit : List.of(DUKCQ, TCT, BBN)) {
      source.entries().recordHands(certificate, unit, new HandsCount(9, 1, 0));
    }
    source.entries().recordHands(certificate, VPTU, new HandsCount(8, 1, 1));
    source.entries().recordHands(certificate, BTC, new HandsCount(8, 2, 0));
    source.votes().closeRound(certificate, false);
    RoundRef runoff = source.votes().openRound(id, 5, EntryMode.BALLOTS, null);
    source.entries().recordAccounting(runoff, 2, 2, Map.of());
    source.entries().recordBallot(runoff, 1, Ballot.valid(1, Map.of(VPTU, Mark.FOR)));
    source.entries().recordBallot(runoff, 1, Ballot.invalid(2, InvalidReason.TOO_MANY));

    RoundRef head = source.votes().openRound(id, 6, EntryMode.BALLOTS_TWICE, List.of(BTG));
    source.entries().recordAccounting(head, 2, 2, Map.of());
    List<Ballot> ballots =
        List.of(Ballot.valid(1, Map.of(BTG, Mark.FOR)), Ballot.valid(2, Map.of(BTG, Mark.AGAINST)));
    for (int pass = 1; pass <= 2; pass++) {
      for (Ballot b : ballots) {
        source.entries().recordBallot(head, pass, b);
      }
    }
    source.votes().closeRound(head, true);

    RoundRef minutes = source.votes().openRound(id, 7, EntryMode.HANDS_RAISED, null);
    String motion = source.votes().round(minutes).setup().options().get(0);
    Map<String, Choice> hands = new java.util.LinkedHashMap<>();
    DemoConference.UNITS.stream().limit(9).forEach(u -> hands.put(u, Choice.FOR));
    hands.put(DemoConference.UNITS.get(9), Choice.ABSTAIN);
    source.entries().recordRaisedHands(minutes, motion, hands);
    source.votes().closeRound(minutes, false);

    byte[] file = source.files().export(id);
    long imported = target.files().importFile(file);

    assertSameConference(id, imported);
    RoundRecord again = target.votes().round(new RoundRef(imported, 5, 2));
    assertThat(again.status()).isEqualTo(source.votes().round(runoff).status());
    assertThat(again.first()).isEqualTo(source.votes().round(runoff).first());
    assertThat(target.votes().outcomes(imported).get(2).chosen()).containsExactly(BNC);
    // Events, entries and results, field by field, as the file tells them.
    assertThat(tree(target.files().export(imported)).get("rounds"))
        .isEqualTo(tree(file).get("rounds"));
    assertThat(tree(file).at("/rounds/0/events").findValuesAsText("kind"))
        .containsExactly("OPENED", "CLOSED", "REOPENED", "CLOSED");
  }

  @Test
  void delegatesCheckedInAndAHeadByRotationComeBack() {
    long id =
        Fakes.storeDemoWithVote(sourceDb, 5, Fakes.headBy(vn.binhxet.domain.HeadChoice.ROTATION));
    source.votes().checkInDelegate(id, 1, true);
    source.votes().checkInDelegate(id, 7, true);
    source.votes().recordHeadDecision(id, 6, "Ban Tuyên giáo Tỉnh uỷ", "Theo thứ tự luân phiên");

    long imported = target.files().importFile(source.files().export(id));

    assertSameConference(id, imported);
    assertThat(target.votes().delegatesPresent(imported)).containsOnlyKeys(1, 7);
    assertThat(target.votes().outcomes(imported).get(5).chosen())
        .containsExactly("Ban Tuyên giáo Tỉnh uỷ");
  }

  @Test
  void aConferenceExportedAgainAfterItsImportHasTheSameRounds() {
    long demo = source.demo().create();
    byte[] first = source.files().export(demo);
    long imported = target.files().importFile(first);
    byte[] second = target.files().export(imported);
    assertThat(tree(second).get("rounds")).isEqualTo(tree(first).get("rounds"));
    assertThat(tree(second).get("attendance")).isEqualTo(tree(first).get("attendance"));
    assertThat(conferenceWithoutItsNumber(second)).isEqualTo(conferenceWithoutItsNumber(first));
    assertThat(new String(second, StandardCharsets.UTF_8))
        .contains("\"format\": \"binhxet-conference\"");
  }

  private void assertSameConference(long original, long imported) {
    assertThat(withoutId(target.votes().results(imported)))
        .isEqualTo(withoutId(source.votes().results(original)));
    assertThat(target.votes().attendance(imported)).isEqualTo(source.votes().attendance(original));
    assertThat(target.votes().delegatesPresent(imported))
        .isEqualTo(source.votes().delegatesPresent(original));
    assertThat(target.votes().outcomes(imported))
        .extracting(VoteOutcome::decision)
        .isEqualTo(source.votes().outcomes(original).stream().map(VoteOutcome::decision).toList());
    assertThat(target.conferences().open(imported).conference())
        .isEqualTo(source.conferences().open(original).conference());
    List<VoteOutcome> before = source.votes().outcomes(original);
    List<VoteOutcome> after = target.votes().outcomes(imported);
    for (int v = 0; v < before.size(); v++) {
      assertThat(after.get(v).rounds()).hasSameSizeAs(before.get(v).rounds());
      for (int r = 0; r < before.get(v).rounds().size(); r++) {
        RoundRecord was = before.get(v).rounds().get(r);
        RoundRecord is = after.get(v).rounds().get(r);
        assertThat(RoundDigest.of(is)).as("round %s", was.ref()).isEqualTo(RoundDigest.of(was));
        assertThat(is.openedAt()).isEqualTo(was.openedAt());
        assertThat(is.closedAt()).isEqualTo(was.closedAt());
      }
    }
    AuditService.Verdict verdict = target.audit().verify();
    assertThat(verdict.mismatches()).isEmpty();
    assertThat(verdict.intact()).isTrue();
  }

  private static Object conferenceWithoutItsNumber(byte[] json) {
    ObjectNode c = (ObjectNode) tree(json).get("conference");
    c.remove("sourceId");
    return c;
  }

  static JsonNode tree(byte[] json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ConferenceResults withoutId(ConferenceResults r) {
    return new ConferenceResults(0, r.title(), r.illustrative(), r.votes());
  }
}
