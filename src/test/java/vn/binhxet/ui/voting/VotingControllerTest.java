package vn.binhxet.ui.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;

/** Taking a show of hands through the voting screen's intents, without the FX toolkit. */
class VotingControllerTest {
  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private final SessionModel session = new SessionModel();
  private final VotingModel model = new VotingModel();
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private VotingController controller;
  private long id;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    id = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));
    session.setConference(s.conferences().open(id), s.votes().outcomes(id));
    controller =
        new VotingController(
            model,
            session,
            s.votes(),
            s.entries(),
            new SynchronousTaskRunner(),
            dialogs,
            new I18n(Messages.VIETNAMESE));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void aMotionIsOpenedEnteredAndClosedAndTheSessionFollows() {
    assertThat(model.votes()).hasSize(7);
    controller.onSelectVote(1);
    assertThat(model.canOpenProperty().get()).isTrue();
    controller.onOpenRound();
    assertThat(model.enteringProperty().get()).isTrue();
    VotingModel.OptionRow row = model.rows().get(0);
    row.votesForProperty().set("10");
    row.againstProperty().set("1");
    controller.onRecord(row);
    assertThat(model.rows().get(0).shareProperty().get()).isEqualTo("90,91%");

    controller.onCloseRound();
    assertThat(session.outcomesProperty().get().get(0).rounds().get(0).status())
        .isEqualTo(RoundStatus.CLOSED);
    assertThat(model.rows().get(0).verdictProperty().get()).isEqualTo("Thông qua");
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void anEntryTheChecksRefuseIsShownBesideItsRowAndNotStored() {
    controller.onSelectVote(1);
    controller.onOpenRound();
    VotingModel.OptionRow row = model.rows().get(0);
    row.votesForProperty().set("10");
    row.againstProperty().set("5");
    controller.onRecord(row);
    assertThat(row.problemProperty().get()).startsWith("E06");
    assertThat(session.outcomesProperty().get().get(0).rounds().get(0).hands().counts()).isEmpty();

    row.votesForProperty().set("mười");
    controller.onRecord(row);
    assertThat(row.problemProperty().get()).isEqualTo("Hãy gõ số nguyên.");
  }

  @Test
  void aSecretBallotIsEnteredAsTheCommitteesAccountingAndTotals() {
    controller.onSelectVote(3);
    assertThat(model.ballotProperty().get()).isTrue();
    controller.onOpenRound();
    model.issuedProperty().set("11");
    model.collectedProperty().set("11");
    model.invalidProperty(vn.binhxet.domain.vote.InvalidReason.NO_STAMP).set("1");
    controller.onRecordAccounting();
    assertThat(model.accountingProblemProperty().get()).isEmpty();
    VotingModel.OptionRow bnc =
        model.rows().stream()
            .filter(r -> r.option().equals(DemoConference.HOST))
            .findFirst()
            .orElseThrow();
    bnc.votesForProperty().set("11");
    controller.onRecord(bnc);
    assertThat(bnc.problemProperty().get()).as("11 votes, 10 valid ballots").startsWith("E03");
    bnc =
        model.rows().stream()
            .filter(r -> r.option().equals(DemoConference.HOST))
            .findFirst()
            .orElseThrow();
    bnc.votesForProperty().set("9");
    controller.onRecord(bnc);
    var round = session.outcomesProperty().get().get(2).rounds().get(0);
    assertThat(round.accounting().valid()).isEqualTo(10);
    assertThat(round.accounting().votesFor()).containsEntry(DemoConference.HOST, 9);

    model.collectedProperty().set("12");
    controller.onRecordAccounting();
    assertThat(model.accountingProblemProperty().get()).startsWith("E01");
  }

  @Test
  void aTieIsSettledByTheChairWithAReason() {
    controller.onSelectVote(5);
    controller.onOpenRound();
    // Four seats; five units pass, two of them tied for the last seat.
    String[] votesFor = {"11", "10", "9", "8", "8", "2", "1", "0"};
    for (int i = 0; i < votesFor.length; i++) {
      VotingModel.OptionRow row = model.rows().get(i);
      row.votesForProperty().set(votesFor[i]);
      controller.onRecord(row);
    }
    controller.onCloseRound();
    assertThat(model.tieProperty().get()).isTrue();
    assertThat(model.canOpenProperty().get()).as("a runoff may be opened").isTrue();
    var tied = session.outcomesProperty().get().get(4).rounds().get(0).stored().tied();
    assertThat(tied).hasSize(2);

    dialogs.choices.add(java.util.List.of(tied.get(1)));
    dialogs.texts.add("Đơn vị có thành tích nổi bật hơn theo báo cáo tổng kết");
    controller.onChairDecision();
    assertThat(model.tieProperty().get()).isFalse();
    assertThat(session.outcomesProperty().get().get(4).chosen()).hasSize(4).contains(tied.get(1));
  }

  @Test
  void closingWithWarningsAsksFirstAndAReopenNeedsAReason() {
    controller.onSelectVote(3);
    controller.onOpenRound();
    VotingModel.OptionRow first = model.rows().get(0);
    first.votesForProperty().set("9");
    controller.onRecord(first);
    dialogs.confirmAnswer = false;
    controller.onCloseRound();
    assertThat(dialogs.confirmations).singleElement().asString().contains("W03");
    assertThat(model.enteringProperty().get()).as("not confirmed: still open").isTrue();

    dialogs.confirmAnswer = true;
    controller.onCloseRound();
    assertThat(model.enteringProperty().get()).isFalse();

    controller.onReopen();
    assertThat(model.enteringProperty().get()).as("no reason given: still closed").isFalse();
    dialogs.texts.add("Thư ký nhập thiếu số phiếu");
    controller.onReopen();
    assertThat(model.enteringProperty().get()).isTrue();
  }
}
