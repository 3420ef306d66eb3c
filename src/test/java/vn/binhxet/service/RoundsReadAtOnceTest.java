package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
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
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqVoteRepository;
import vn.binhxet.ui.Fakes;

/**
 * A conference's rounds read all at once (as opening a conference does) are exactly the rounds read
 * one by one, whatever was entered in them, and never mix with another conference's.
 */
class RoundsReadAtOnceTest {
  private static final String BNC = DemoConference.HOST;
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";
  private static final String BDV = "Ban Dân vận Tỉnh uỷ";
  private static final String UBKT = "Uỷ ban Kiểm tra Tỉnh uỷ";
  private static final String VPTU = "Văn phòng Tỉnh uỷ";

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void everyEntryModeReadAtOnceEqualsTheRoundsReadOneByOne() {
    long before = s.demo().create();
    long id = everyEntryMode();
    long after = s.demo().create();

    for (long conference : List.of(before, id, after)) {
      List<VoteOutcome> outcomes = s.votes().outcomes(conference);
      for (VoteOutcome o : outcomes) {
        assertThat(o.rounds()).isEqualTo(oneVote(conference, o.position()));
        for (RoundRecord r : o.rounds()) {
          assertThat(r).as("round %s", r.ref()).isEqualTo(s.votes().round(r.ref()));
        }
      }
    }
    assertThat(s.votes().outcomes(after))
        .filteredOn(o -> o.vote().awardRank() != null)
        .extracting(VoteOutcome::chosen)
        .containsExactlyElementsOf(DemoConference.NOMINEES);
    assertThat(s.votes().outcomes(id).get(2).chosen()).containsExactly(BNC);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  private List<RoundRecord> oneVote(long conference, int position) {
    return db.dsl()
        .transactionResult(() -> new JooqVoteRepository(db.dsl()).rounds(conference, position));
  }

  @Test
  void readingAConferenceAsksEachTableOnceHoweverManyRoundsItHas() {
    long one = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(one, u, true));
    s.votes().openRound(one, 1, EntryMode.HANDS, null);
    long seven = s.demo().create();
    long everyMode = everyEntryMode();

    int queries = queriesToRead(one);
    assertThat(queriesToRead(seven)).isEqualTo(queries);
    assertThat(queriesToRead(everyMode)).isEqualTo(queries);
    // The rounds, the options' names, and one query per table of entries and results.
    assertThat(queries).isLessThanOrEqualTo(13);
  }

  private int queriesToRead(long conference) {
    AtomicInteger queries = new AtomicInteger();
    var counted =
        db.dsl()
            .configuration()
            .derive(
                new ExecuteListener() {
                  @Override
                  public void executeStart(ExecuteContext ctx) {
                    queries.incrementAndGet();
                  }
                })
            .dsl();
    Map<Integer, List<RoundRecord>> rounds =
        counted.transactionResult(() -> new JooqVoteRepository(counted).roundsByVote(conference));
    assertThat(rounds.values().stream().mapToInt(List::size).sum())
        .isEqualTo(s.votes().outcomes(conference).stream().mapToInt(o -> o.rounds().size()).sum());
    return queries.get();
  }

  /** A conference with a reopened round, a tie the chair decided, totals, ballots, raised hands. */
  private long everyEntryMode() {
    long id = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));

    RoundRef agenda = s.votes().openRound(id, 1, EntryMode.HANDS, null);
    String subject = s.votes().round(agenda).setup().options().get(0);
    s.entries().recordHands(agenda, subject, new HandsCount(9, 1, 1));
    s.votes().closeRound(agenda, false);
    s.votes().reopenRound(agenda, "Thư ký nhập nhầm số phiếu");
    s.entries().recordHands(agenda, subject, new HandsCount(11, 0, 0));
    s.votes().closeRound(agenda, false);

    RoundRef flag = s.votes().openRound(id, 3, EntryMode.HANDS, List.of(BNC, BTG));
    s.entries().recordHands(flag, BNC, new HandsCount(9, 1, 1));
    s.entries().recordHands(flag, BTG, new HandsCount(9, 1, 1));
    s.votes().closeRound(flag, false);
    s.votes().decideTie(flag, List.of(BNC), "Chủ trì kết luận theo kết quả chấm điểm");

    RoundRef provincial =
        s.votes().openRound(id, 4, EntryMode.BALLOT_TOTALS, List.of(BTG, BDV, UBKT));
    s.entries().recordAccounting(provincial, 11, 11, Map.of(InvalidReason.NO_STAMP, 1));
    s.entries().recordBallotTotal(provincial, BTG, 9, 1);
    s.entries().recordBallotTotal(provincial, BDV, 8, null);
    s.entries().recordBallotTotal(provincial, UBKT, 1, null);
    s.votes().closeRound(provincial, true);

    RoundRef certificate = s.votes().openRound(id, 5, EntryMode.BALLOTS, List.of(UBKT, VPTU));
    s.entries().recordAccounting(certificate, 3, 3, Map.of());
    s.entries().recordBallot(certificate, 1, Ballot.valid(1, Map.of(UBKT, Mark.FOR)));
    s.entries()
        .recordBallot(certificate, 1, Ballot.valid(2, Map.of(UBKT, Mark.FOR, VPTU, Mark.AGAINST)));
    s.entries().recordBallot(certificate, 1, Ballot.invalid(3, InvalidReason.TOO_MANY));

    RoundRef head = s.votes().openRound(id, 6, EntryMode.BALLOTS_TWICE, List.of(BTG));
    s.entries().recordAccounting(head, 2, 2, Map.of());
    for (int pass = 1; pass <= 2; pass++) {
      s.entries().recordBallot(head, pass, Ballot.valid(1, Map.of(BTG, Mark.FOR)));
      s.entries().recordBallot(head, pass, Ballot.valid(2, Map.of(BTG, Mark.AGAINST)));
    }

    RoundRef minutes = s.votes().openRound(id, 7, EntryMode.HANDS_RAISED, null);
    String motion = s.votes().round(minutes).setup().options().get(0);
    Map<String, Choice> hands = new java.util.LinkedHashMap<>();
    DemoConference.UNITS.stream().limit(9).forEach(u -> hands.put(u, Choice.FOR));
    hands.put(DemoConference.UNITS.get(9), Choice.ABSTAIN);
    s.entries().recordRaisedHands(minutes, motion, hands);
    return id;
  }
}
