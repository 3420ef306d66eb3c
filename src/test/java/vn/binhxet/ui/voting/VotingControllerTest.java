package vn.binhxet.ui.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.HeadChoice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.voting.counts.CountsModel;

/** Taking a vote through the voting screen's intents, without the FX toolkit. */
class VotingControllerTest {
  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private Desk d;
  private long id;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    id = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));
    d = new Desk(s, id);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void aMotionIsOpenedEnteredAndClosedAndTheSessionFollows() {
    assertThat(d.model.votes()).hasSize(7);
    d.voting.onSelectVote(1);
    assertThat(d.model.canOpenProperty().get()).isTrue();
    assertThat(d.model.modes())
        .extracting(VotingModel.ModeItem::mode)
        .containsExactly(EntryMode.HANDS, EntryMode.HANDS_RAISED);
    d.voting.onOpenRound();
    assertThat(d.model.enteringProperty().get()).isTrue();
    CountsModel.OptionRow row = d.counts.rows().get(0);
    row.votesForProperty().set("10");
    row.againstProperty().set("1");
    d.countsController.onRecord(row);
    assertThat(d.counts.rows().get(0).shareProperty().get()).isEqualTo("90,91%");
    assertThat(d.status.savedProperty().get()).startsWith("✓ Đã lưu lúc ").contains("tán thành 10");

    d.voting.onCloseRound();
    assertThat(d.round(1).status()).isEqualTo(RoundStatus.CLOSED);
    assertThat(d.counts.rows().get(0).verdictProperty().get()).isEqualTo("Thông qua");
    assertThat(d.status.focusProperty().get().target()).isEqualTo("voting-votes");
    assertThat(d.dialogs.errors).isEmpty();
  }

  @Test
  void theVoteBeingEnteredGoesOnTheProjectorWithItsLiveCounts() {
    d.session.setVisibility(1, vn.binhxet.domain.ResultVisibility.LIVE);
    d.voting.onSelectVote(1);
    d.voting.onOpenRound();
    CountsModel.OptionRow row = d.counts.rows().get(0);
    row.votesForProperty().set("9");
    d.countsController.onRecord(row);

    var onScreen = d.session.voteOnScreenProperty().get();
    assertThat(onScreen.position()).isEqualTo(1);
    assertThat(onScreen.phase()).isEqualTo(vn.binhxet.ui.session.VotePhase.LIVE);
    assertThat(onScreen.counts().counts().values().iterator().next().votesFor()).isEqualTo(9);

    d.voting.onSelectVote(2);
    assertThat(d.session.voteOnScreenProperty().get().position()).isEqualTo(2);
  }

  @Test
  void anEntryTheChecksRefuseIsMarkedOnItsRowAndNotStored() {
    d.open(1, EntryMode.HANDS);
    CountsModel.OptionRow row = d.counts.rows().get(0);
    row.votesForProperty().set("10");
    row.againstProperty().set("5");
    d.countsController.onRecord(row);
    assertThat(row.problemProperty().get().text()).startsWith("E06");
    assertThat(row.problemProperty().get().error()).isTrue();
    assertThat(d.counts.summaryProperty().get()).contains("E06");
    assertThat(d.round(1).hands().counts()).isEmpty();

    row.votesForProperty().set("mười");
    d.countsController.onRecord(row);
    assertThat(row.problemProperty().get().text())
        .startsWith("Hãy nhập một số nguyên bằng các chữ số 0–9");
  }

  /** The accounting's findings land on the number they are about. */
  @ParameterizedTest(name = "issued {0}, collected {1}: {2} on {3}")
  @CsvSource({
    "11, 12, E01, collected, true",
    "12, 12, E02, issued, true",
    "11, 10, W01, collected, false",
  })
  void theAccountingsChecksMarkTheFieldAtFault(
      int issued, int collected, String code, String field, boolean error) {
    d.open(3, EntryMode.BALLOT_TOTALS);
    d.accounting(issued, collected);
    var problem =
        field.equals("issued")
            ? d.counts.issuedProblemProperty().get()
            : d.counts.collectedProblemProperty().get();
    assertThat(problem).isNotNull();
    assertThat(problem.text()).startsWith(code);
    assertThat(problem.error()).isEqualTo(error);
  }

  @Test
  void aSecretBallotIsEnteredAsTheCommitteesAccountingAndTotals() {
    d.voting.onSelectVote(3);
    assertThat(d.model.modes()).hasSize(3);
    d.voting.onOpenRound();
    assertThat(d.counts.ballotProperty().get()).isTrue();
    d.counts.invalidProperty(InvalidReason.NO_STAMP).set("1");
    d.accounting(11, 11);
    assertThat(d.counts.collectedProblemProperty().get()).isNull();
    d.row(DemoConference.HOST).votesForProperty().set("11");
    d.countsController.onRecord(d.row(DemoConference.HOST));
    assertThat(d.row(DemoConference.HOST).problemProperty().get().text())
        .as("11 votes, 10 valid ballots")
        .startsWith("E03");
    d.row(DemoConference.HOST).votesForProperty().set("9");
    d.countsController.onRecord(d.row(DemoConference.HOST));
    var round = d.round(3);
    assertThat(round.accounting().valid()).isEqualTo(10);
    assertThat(round.accounting().votesFor()).containsEntry(DemoConference.HOST, 9);
  }

  @Test
  void aTieIsSettledByTheChairWithAReason() {
    d.open(5, EntryMode.HANDS);
    // Four seats; five units pass, two of them tied for the last seat.
    String[] votesFor = {"11", "10", "9", "8", "8", "2", "1", "0"};
    for (int i = 0; i < votesFor.length; i++) {
      CountsModel.OptionRow row = d.counts.rows().get(i);
      row.votesForProperty().set(votesFor[i]);
      d.countsController.onRecord(row);
    }
    d.voting.onCloseRound();
    assertThat(d.model.tieProperty().get()).isTrue();
    assertThat(d.model.canOpenProperty().get()).as("a runoff may be opened").isTrue();
    var tied = d.round(5).stored().tied();
    assertThat(tied).hasSize(2);

    d.dialogs.choices.add(java.util.List.of(tied.get(1)));
    d.dialogs.texts.add("Đơn vị có thành tích nổi bật hơn theo báo cáo tổng kết");
    d.voting.onChairDecision();
    assertThat(d.model.tieProperty().get()).isFalse();
    assertThat(d.session.outcomesProperty().get().get(4).chosen()).hasSize(4).contains(tied.get(1));
  }

  @Test
  void closingWithWarningsMarksTheMissingCountsAsksFirstAndAReopenNeedsAReason() {
    d.open(3, EntryMode.BALLOT_TOTALS);
    d.accounting(11, 11);
    CountsModel.OptionRow first = d.counts.rows().get(0);
    first.votesForProperty().set("9");
    d.countsController.onRecord(first);
    d.dialogs.confirmAnswer = false;
    d.voting.onCloseRound();
    assertThat(d.dialogs.confirmations).singleElement().asString().contains("W03");
    assertThat(d.counts.rows().get(1).problemProperty().get().text()).startsWith("W03");
    assertThat(d.counts.rows().get(1).problemProperty().get().error()).isFalse();
    assertThat(d.model.enteringProperty().get()).as("not confirmed: still open").isTrue();

    d.dialogs.confirmAnswer = true;
    d.voting.onCloseRound();
    assertThat(d.model.enteringProperty().get()).isFalse();

    d.voting.onReopen();
    assertThat(d.model.enteringProperty().get()).as("no reason given: still closed").isFalse();
    d.dialogs.texts.add("Thư ký nhập thiếu số phiếu");
    d.voting.onReopen();
    assertThat(d.model.enteringProperty().get()).isTrue();
  }

  @Test
  void aHeadChosenByRotationIsRecordedNotOpened() {
    db.close();
    db = Database.open(dir.resolve("rotation"));
    s = Fakes.stack(db, Clock.systemUTC());
    long rotation = Fakes.storeDemoWithVote(db, 5, Fakes.headBy(HeadChoice.ROTATION));
    d = new Desk(s, rotation);
    d.voting.onSelectVote(6);
    assertThat(d.model.canOpenProperty().get()).isFalse();
    assertThat(d.model.canDecideHeadProperty().get()).isTrue();
    assertThat(d.model.roundProperty().get()).contains("luân phiên");

    d.dialogs.choices.add(java.util.List.of("Ban Tuyên giáo Tỉnh uỷ"));
    d.dialogs.texts.add("Theo thứ tự luân phiên đã thống nhất năm 2016");
    d.voting.onRecordHeadDecision();
    assertThat(d.model.canDecideHeadProperty().get()).isFalse();
    assertThat(d.model.roundProperty().get()).contains("Ban Tuyên giáo Tỉnh uỷ");
    assertThat(d.session.outcomesProperty().get().get(5).decided()).isTrue();
  }
}
