package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.Checks;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.ui.Fakes;

/**
 * An entry builds on the round the last entry left rather than reading it back (decision 34):
 * whatever happens between two entries, each logs the fingerprint of what is stored, and a change
 * made behind the app's back is not covered up by the next entry.
 */
class KeptRoundTest {
  private static final String BNC = DemoConference.HOST;
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";
  private static final Pattern STATE = Pattern.compile("state=([0-9a-f]{64})");

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private Fakes.Stack other;
  private long conference;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    other = Fakes.stack(db, Clock.systemUTC());
    conference = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(conference, u, true));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  /**
   * Steps: {@code b1:3=BNC} ballot 3 of the first entry for BNC ({@code BTG}, both {@code BNC+BTG},
   * none, or {@code !BLANK} invalid); {@code c2:…} a correction; {@code o1:…} a ballot entered from
   * another window (its own services); {@code u1} undo of the first entry's last ballot; {@code a5}
   * five ballots issued and collected; {@code r1:…} an entry that is refused.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "the stack in order;b1:1=BNC b1:2=BTG b1:3=!BLANK b1:4= b1:5=BNC",
        "two typists;b1:1=BNC b2:1=BNC b1:2=BTG b2:2=BNC c2:2=BTG b1:3=!NO_STAMP b2:3=!NO_STAMP",
        "an undo, then on;b1:1=BNC b1:2=BTG u1 b1:2=BNC b1:3=BTG",
        "numbers out of order;b1:3=BNC b1:1=BTG b1:2=BNC",
        "another window between;b1:1=BNC o1:2=BTG b1:3=BNC o2:1=BNC b2:2=BTG",
        "the stack recounted between ballots;b1:1=BNC a5 b1:2=BTG",
        "a refused entry between;b1:1=BNC r1:2=BNC+BTG b1:2=BTG r1:2=BNC b1:3=BNC",
      })
  void everyBallotEntryLogsWhatIsStored(String why, String steps) {
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.BALLOTS_TWICE, List.of(BNC, BTG));
    s.entries().recordAccounting(ref, 6, 6, Map.of());
    for (String step : steps.split(" ")) {
      switch (step.charAt(0)) {
        case 'b' ->
            assertThat(s.entries().recordBallot(ref, pass(step), ballot(step)))
                .as(step)
                .containsExactlyElementsOf(checkedAfresh(ref, pass(step)));
        case 'c' -> s.entries().correctBallot(ref, pass(step), ballot(step));
        case 'o' -> other.entries().recordBallot(ref, pass(step), ballot(step));
        case 'u' -> s.entries().undoLastBallot(ref, pass(step));
        case 'a' -> {
          int n = Integer.parseInt(step.substring(1));
          s.entries().recordAccounting(ref, n, n, Map.of());
        }
        case 'r' ->
            assertThatThrownBy(() -> s.entries().recordBallot(ref, pass(step), ballot(step)))
                .as(step)
                .isInstanceOfAny(EntryRefusedException.class, RuntimeException.class);
        default -> throw new IllegalArgumentException(step);
      }
      assertThat(lastLogged(ref)).as(step).isEqualTo(RoundDigest.of(s.votes().round(ref)));
    }
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "counts in turn;BNC=5/1/0 BTG=3/2/1 BNC=6/0/0",
        "an entry undone, then on;BNC=5/1/0 undo BTG=2/2/2 BNC=1/1/1",
        "another window between;BNC=5/1/0 other:BTG=3/2/1 BNC=6/0/0 other:BNC=1/0/0 BTG=0/0/0",
        "a refused count between;BNC=5/1/0 BTG=90/0/0 BTG=3/2/1",
      })
  void everyShowOfHandsLogsWhatIsStored(String why, String steps) {
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.HANDS, List.of(BNC, BTG));
    for (String step : steps.split(" ")) {
      if (step.equals("undo")) {
        s.entries().undoLastEntry(ref);
      } else {
        boolean fromOther = step.startsWith("other:");
        String[] parts = step.substring(fromOther ? 6 : 0).split("[=/]");
        String option = parts[0].equals("BNC") ? BNC : BTG;
        HandsCount count =
            new HandsCount(
                Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        EntryService entries = (fromOther ? other : s).entries();
        try {
          entries.recordHands(ref, option, count);
        } catch (EntryRefusedException refused) {
          assertThat(count.total()).as(step).isGreaterThan(11);
        }
      }
      assertThat(lastLogged(ref)).as(step).isEqualTo(RoundDigest.of(s.votes().round(ref)));
    }
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void aBallotEditedBehindTheAppsBackIsNotCoveredByTheNextEntry() {
    RoundRef ref = s.votes().openRound(conference, 3, EntryMode.BALLOTS, List.of(BNC, BTG));
    s.entries().recordAccounting(ref, 6, 6, Map.of());
    s.entries().recordBallot(ref, 1, ballot("b1:1=BNC"));
    s.entries().recordBallot(ref, 1, ballot("b1:2=BTG"));
    db.dsl()
        .execute(
            "update ballot set for_options = array[], against_options = array[]"
                + " where id = (select max(id) from ballot)");

    s.entries().recordBallot(ref, 1, ballot("b1:3=BNC"));

    AuditService.Verdict verdict = s.audit().verify();
    assertThat(verdict.intact()).isFalse();
    assertThat(verdict.mismatches())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.fault()).isEqualTo(AuditService.Fault.ROUND_CHANGED);
              assertThat(m.changed()).containsExactly(RoundDigest.Part.BALLOTS);
            });
  }

  /**
   * What the checks find in the ballots of {@code pass}, counted and gone through from the start.
   */
  private List<Finding> checkedAfresh(RoundRef ref, int pass) {
    RoundRecord r = s.votes().round(ref);
    List<Ballot> entered = pass == 1 ? r.first() : r.second();
    return Checks.of(
        r.setup(),
        BallotTally.fromBallots(r.accounting().issued(), r.setup().options(), entered),
        null,
        entered);
  }

  private String lastLogged(RoundRef ref) {
    List<AuditEntry> all = new JooqAuditLogRepository(db.dsl()).all();
    for (int i = all.size() - 1; i >= 0; i--) {
      Matcher m = STATE.matcher(all.get(i).details());
      if (all.get(i).subject().equals(ref.toString()) && m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("nothing logged for " + ref);
  }

  private static int pass(String step) {
    return step.charAt(1) - '0';
  }

  /** {@code x1:3=BNC+BTG}, {@code x1:3=} (no mark) or {@code x1:3=!BLANK}. */
  private static Ballot ballot(String step) {
    int eq = step.indexOf('=');
    int seq = Integer.parseInt(step.substring(3, eq));
    String marks = step.substring(eq + 1);
    if (marks.startsWith("!")) {
      return Ballot.invalid(seq, InvalidReason.valueOf(marks.substring(1)));
    }
    Map<String, Mark> out = new LinkedHashMap<>();
    for (String unit : marks.isEmpty() ? new String[0] : marks.split("\\+")) {
      out.put(unit.equals("BNC") ? BNC : BTG, Mark.FOR);
    }
    return Ballot.valid(seq, out);
  }
}
