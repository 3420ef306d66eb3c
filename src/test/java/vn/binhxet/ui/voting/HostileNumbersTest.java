package vn.binhxet.ui.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * Numbers typed into the voting tab that must not be recorded (docs/bad-input.md): each is refused
 * with the words shown next to it (in Vietnamese, the app's default), and the round's entries and
 * the audit log stay as they were. All 11 units of the demo are present; vote 1 is a motion by show
 * of hands, vote 3 a secret ballot for one seat.
 */
class HostileNumbersTest {
  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private Desk d;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    long id = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));
    d = new Desk(s, id);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @ParameterizedTest(name = "for \"{0}\", against \"{1}\", abstaining \"{2}\" → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12a                  | 0 | 0 | Hãy nhập một số nguyên bằng các chữ số 0–9",
        "1,5                  | 0 | 0 | Hãy nhập một số nguyên",
        "1.5                  | 0 | 0 | Hãy nhập một số nguyên",
        "１２                 | 0 | 0 | Hãy nhập một số nguyên",
        "٣                    | 0 | 0 | Hãy nhập một số nguyên",
        "+3                   | 0 | 0 | Hãy nhập một số nguyên",
        "1 2                  | 0 | 0 | Hãy nhập một số nguyên",
        "99999999999999999999 | 0 | 0 | tối đa 9 chữ số",
        "2147483648           | 0 | 0 | tối đa 9 chữ số",
        "-3                   | 0 | 0 | không thể là số âm: hãy nhập 0 hoặc số lớn hơn",
        "5                    | -1| 0 | không thể là số âm",
        "999999999            | 0 | 0 | (999999999) nhiều hơn số có mặt (11): hãy đếm lại",
        "6                    | 4 | 2 | (12) nhiều hơn số có mặt (11)",
        "999999999            |999999999|999999999| (2999999997) nhiều hơn số có mặt (11)",
      })
  void aShowOfHandsRefusesWhatIsNotACount(
      String votesFor, String against, String abstain, String words) {
    d.open(1, EntryMode.HANDS);
    Before before = before(1);
    var row = d.counts.rows().get(0);
    row.votesForProperty().set(votesFor);
    row.againstProperty().set(against);
    row.abstainProperty().set(abstain);

    d.countsController.onRecord(row);

    assertThat(shown()).contains(words);
    before.assertUnchanged();
  }

  @ParameterizedTest(name = "blank \"{0}\" reads as 0")
  @CsvSource(value = {"''", "'   '"})
  void aBlankColumnOfHandsIsZero(String blank) {
    d.open(1, EntryMode.HANDS);
    var row = d.counts.rows().get(0);
    row.votesForProperty().set("7");
    row.againstProperty().set(blank);
    row.abstainProperty().set(blank);

    d.countsController.onRecord(row);

    assertThat(d.round(1).hands().counts().get(row.option()))
        .isEqualTo(new vn.binhxet.domain.vote.HandsCount(7, 0, 0));
  }

  @ParameterizedTest(name = "issued \"{0}\", collected \"{1}\", too many \"{2}\" → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "11a | 11 | ''  | Hãy nhập một số nguyên",
        "11  | 1,1| ''  | Hãy nhập một số nguyên",
        "11  | 11 | x   | Hãy nhập một số nguyên",
        "99999999999999999999 | 11 | '' | tối đa 9 chữ số",
        "-1  | 0  | ''  | không thể là số âm",
        "10  | 11 | ''  | Số phiếu thu vào (11) nhiều hơn số phiếu phát ra (10): hãy đối chiếu",
        "12  | 12 | ''  | Số phiếu phát ra (12) nhiều hơn số người biểu quyết có mặt (11)",
        "11  | 11 | 12  | Số phiếu không hợp lệ (12) nhiều hơn số phiếu thu vào (11)",
      })
  void theCommitteesAccountingRefusesWhatIsNotConsistent(
      String issued, String collected, String tooMany, String words) {
    d.open(3, EntryMode.BALLOT_TOTALS);
    Before before = before(3);
    d.counts.issuedProperty().set(issued);
    d.counts.collectedProperty().set(collected);
    d.counts.invalidProperty(vn.binhxet.domain.vote.InvalidReason.TOO_MANY).set(tooMany);

    d.countsController.onRecordAccounting();

    assertThat(shown()).contains(words);
    before.assertUnchanged();
  }

  @ParameterizedTest(name = "\"{0}\" votes for a unit of 11 valid ballots → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12    | Số phiếu của đơn vị này (12) nhiều hơn số phiếu hợp lệ (11): hãy kiểm tra lại",
        "999999999 | (999999999) nhiều hơn số phiếu hợp lệ (11)",
        "2147483647 | tối đa 9 chữ số",
        "99999999999999999999 | tối đa 9 chữ số",
        "-1    | không thể là số âm",
        "mười  | Hãy nhập một số nguyên",
      })
  void aCommitteeTotalRefusesMoreThanTheValidBallots(String typed, String words) {
    d.open(3, EntryMode.BALLOT_TOTALS);
    d.accounting(11, 11);
    Before before = before(3);
    var row = d.row(DemoConference.HOST);
    row.votesForProperty().set(typed);

    d.countsController.onRecord(row);

    assertThat(shown()).contains(words);
    before.assertUnchanged();
  }

  @ParameterizedTest(name = "ballot \"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''      | Hãy gõ số thứ tự các đơn vị được chọn",
        "'   '   | Hãy gõ số thứ tự các đơn vị được chọn",
        "2 99    | Không có đơn vị số 99",
        "99999999999 | không phải số thứ tự",
        "１      | không phải số thứ tự",
        "2a      | không phải số thứ tự",
        "1 1     | được gõ hai lần",
        "/9      | Sau dấu / hãy gõ số lý do",
        "/x      | Sau dấu / hãy gõ số lý do",
        "1 2     | E04",
      })
  void aBallotTypedThatCannotBeReadIsNotRecorded(String typed, String words) {
    d.open(3, EntryMode.BALLOTS);
    d.accounting(4, 4);
    Before before = before(3);

    d.ballot(typed);

    assertThat(shown()).contains(words);
    assertThat(d.ballots.inputProperty().get()).as("kept to be corrected").isEqualTo(typed);
    before.assertUnchanged();
  }

  /** Every problem the tab shows: on the rows, the accounting, the summary and the ballot line. */
  private String shown() {
    List<String> all = new ArrayList<>();
    d.counts.rows().forEach(r -> add(all, r.problemProperty().get()));
    add(all, d.counts.issuedProblemProperty().get());
    add(all, d.counts.collectedProblemProperty().get());
    all.add(d.counts.summaryProperty().get());
    add(all, d.ballots.problemProperty().get());
    all.addAll(d.dialogs.errors);
    return String.join("\n", all);
  }

  private static void add(List<String> all, FieldProblem p) {
    if (p != null) {
      all.add(p.text());
    }
  }

  private Before before(int vote) {
    return new Before(vote, RoundDigest.of(d.round(vote)), s.audit().verify().entries());
  }

  private final class Before {
    private final int vote;
    private final String digest;
    private final long logged;

    Before(int vote, String digest, long logged) {
      this.vote = vote;
      this.digest = digest;
      this.logged = logged;
    }

    void assertUnchanged() {
      assertThat(RoundDigest.of(d.round(vote))).as("the round's entries").isEqualTo(digest);
      assertThat(s.audit().verify().entries()).as("the audit log").isEqualTo(logged);
    }
  }
}
