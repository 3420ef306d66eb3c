package vn.binhxet.ui.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * The panels that take a round's entries unit by unit or ballot by ballot, driven by their intents
 * without the FX toolkit: raised hands, single ballots, the blind second pass and reconciliation.
 */
class EntryPanelsControllerTest {
  @TempDir Path dir;
  private Database db;
  private Desk d;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
    long id = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));
    d = new Desk(s, id);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  /**
   * Keys on the list of units present (11): each letter is one key; the counts follow the ticks. a
   * = Ctrl+A (all not ticked: for), 1/2/3 tick and move on, 0 clears, s = Space (cycle), u = ↑.
   */
  @ParameterizedTest(name = "{0} → for {1}, against {2}, abstaining {3}")
  @CsvSource({
    "a, 11, 0, 0",
    "2a, 10, 1, 0",
    "123a, 9, 1, 1",
    "11ss, 2, 1, 0",
    "12u0, 1, 0, 0",
    "333, 0, 0, 3",
  })
  void raisedHandsAreTickedByKeyAndCountedFromTheTicks(
      String keys, int votesFor, int against, int abstain) {
    d.open(1, EntryMode.HANDS_RAISED);
    assertThat(d.hands.activeProperty().get()).isTrue();
    assertThat(d.hands.voters()).hasSize(11);
    assertThat(d.status.focusProperty().get().target()).isEqualTo("voting-raised-units");
    for (char k : keys.toCharArray()) {
      switch (k) {
        case 'a' -> d.handsController.onAllFor();
        case '1' -> d.handsController.onTick(Choice.FOR);
        case '2' -> d.handsController.onTick(Choice.AGAINST);
        case '3' -> d.handsController.onTick(Choice.ABSTAIN);
        case '0' -> d.handsController.onTick(null);
        case 's' -> d.handsController.onCycle();
        case 'u' -> d.handsController.onSelectVoter(d.hands.voterProperty().get() - 1);
        default -> throw new IllegalArgumentException("key " + k);
      }
    }
    assertThat(d.hands.options().get(0).saved()).as("ticked, not saved yet").isFalse();
    d.handsController.onSave();
    String motion = d.round(1).setup().options().get(0);
    assertThat(d.round(1).hands().counts()).isEmpty();
    assertThat(d.round(1).tally())
        .isEqualTo(
            new vn.binhxet.domain.vote.HandsTally(
                Map.of(motion, new HandsCount(votesFor, against, abstain))));
    assertThat(d.hands.options().get(0).saved()).isTrue();
    assertThat(d.status.savedProperty().get()).contains("tán thành " + votesFor);
  }

  @Test
  void raisedHandsSaveOneOptionAtATimeAndMoveToTheNext() {
    d.open(5, EntryMode.HANDS_RAISED);
    d.handsController.onAllFor();
    d.handsController.onSave();
    assertThat(d.hands.optionProperty().get()).isEqualTo(1);
    assertThat(d.hands.countsProperty().get()).contains("Chưa đánh dấu 11");
    d.handsController.onMoveOption(-1);
    assertThat(d.hands.countsProperty().get()).contains("Tán thành 11");
    assertThat(d.counts.rows().get(0).shareProperty().get())
        .as("share and outcome follow live")
        .isEqualTo("100,00%");
  }

  @Test
  void aSecretCountIsEnteredBallotByBallotWithoutShowingTotals() {
    d.open(3, EntryMode.BALLOTS);
    assertThat(d.status.focusProperty().get().target()).isEqualTo("voting-issued");
    d.ballot("1");
    assertThat(d.ballots.problemProperty().get().text()).contains("phiếu phát ra");
    d.accounting(4, 4);
    d.countsController.onAccountingDone();
    assertThat(d.status.focusProperty().get().target()).isEqualTo("voting-ballot-input");
    int host = d.round(3).setup().options().indexOf(DemoConference.HOST) + 1;

    d.ballot(Integer.toString(host));
    assertThat(d.ballots.inputProperty().get()).as("cleared for the next ballot").isEmpty();
    assertThat(d.ballots.progressProperty().get()).isEqualTo("Đã nhập 1/4 phiếu thu vào");
    assertThat(d.status.savedProperty().get()).contains("phiếu số 1");
    d.ballot("1 2");
    assertThat(d.ballots.problemProperty().get().text()).as("two chosen, one seat").contains("E04");
    d.ballot("/2");
    d.ballot("0");
    assertThat(d.ballots.recent())
        .first()
        .asString()
        .isEqualTo("Phiếu số 3: Không hợp lệ: Không chọn đơn vị nào");
    d.ballotsController.onUndo();
    assertThat(d.ballots.progressProperty().get()).isEqualTo("Đã nhập 2/4 phiếu thu vào");
    d.ballot(Integer.toString(host));
    d.ballot(Integer.toString(host));
    assertThat(d.ballots.completeProperty().get()).isTrue();
    d.ballot("1");
    assertThat(d.ballots.problemProperty().get().text()).contains("Đã nhập đủ 4");
    assertThat(d.counts.shownProperty().get())
        .as("the vote shows its result only when final: no totals while counting")
        .isFalse();

    d.voting.onCloseRound();
    assertThat(d.round(3).status()).isEqualTo(RoundStatus.CLOSED);
    assertThat(d.round(3).stored().options().get(0).votesFor()).isEqualTo(3);
    assertThat(d.round(3).accounting().invalid()).isEmpty();
    assertThat(d.round(3).tally())
        .extracting(t -> ((vn.binhxet.domain.vote.BallotTally) t).invalid())
        .isEqualTo(Map.of(InvalidReason.TOO_MANY, 1));
    assertThat(d.counts.shownProperty().get()).isTrue();
  }

  @Test
  void twoBlindPassesDifferAreReconciledFromThePaperAndThenClose() {
    d.open(3, EntryMode.BALLOTS_TWICE);
    d.accounting(3, 3);
    List<String> options = d.round(3).setup().options();
    String a = Integer.toString(options.indexOf(DemoConference.HOST) + 1);
    String b = Integer.toString(options.indexOf("Ban Tuyên giáo Tỉnh uỷ") + 1);
    assertThat(d.ballots.passProperty().get()).isEqualTo(1);
    for (String typed : List.of(a, a, b)) {
      d.ballot(typed);
    }
    assertThat(d.ballots.passProperty().get()).as("handed over").isEqualTo(2);
    assertThat(d.status.messageProperty().get()).startsWith("Lần nhập 1 đã đủ phiếu");
    assertThat(d.ballots.recent()).as("nothing of pass 1 shows").isEmpty();
    assertThat(d.ballots.progressProperty().get()).isEqualTo("Đã nhập 0/3 phiếu thu vào");
    assertThat(d.counts.shownProperty().get()).isFalse();

    // The second typist reads ballot 2 otherwise: a deliberate difference.
    for (String typed : List.of(a, b, b)) {
      d.ballot(typed);
    }
    assertThat(d.ballots.activeProperty().get()).isFalse();
    assertThat(d.reconcile.activeProperty().get()).isTrue();
    assertThat(d.reconcile.rows()).singleElement().extracting(r -> r.seq()).isEqualTo(2);
    d.voting.onCloseRound();
    assertThat(d.status.messageProperty().get()).contains("phiếu số 2");
    assertThat(d.round(3).status()).isEqualTo(RoundStatus.OPEN);

    // The paper says the first pass was right: the second is corrected.
    d.reconcile.inputProperty().set(a);
    d.reconcileController.onEnter();
    assertThat(d.status.savedProperty().get()).contains("đã sửa lần nhập 2");
    assertThat(d.reconcile.activeProperty().get()).isFalse();
    assertThat(d.ballots.progressProperty().get()).contains("khớp nhau");
    assertThat(d.status.focusProperty().get().target()).isEqualTo("voting-close");
    d.voting.onCloseRound();
    assertThat(d.round(3).status()).isEqualTo(RoundStatus.CLOSED);
    assertThat(d.round(3).stored().nominated()).isEmpty();
    assertThat(d.dialogs.errors).isEmpty();
  }

  @ParameterizedTest(name = "paper reads {0}: pass 1 {1}, pass 2 {2}")
  @CsvSource({"A, A, A", "B, B, B", "/4, /4, /4"})
  void aReReadingCorrectsEveryPassThatReadItOtherwise(String paper, String first, String second) {
    d.open(3, EntryMode.BALLOTS_TWICE);
    d.accounting(1, 1);
    List<String> options = d.round(3).setup().options();
    java.util.function.UnaryOperator<String> typed =
        t ->
            t.startsWith("/")
                ? t
                : Integer.toString(
                    options.indexOf(t.equals("A") ? DemoConference.HOST : options.get(1)) + 1);
    d.ballot(typed.apply("A"));
    d.ballot(typed.apply("B"));
    d.reconcile.inputProperty().set(typed.apply(paper));
    d.reconcileController.onEnter();
    assertThat(d.round(3).first()).isEqualTo(d.round(3).second());
    assertThat(
            vn.binhxet.ui.voting.round.BallotWords.of(
                d.round(3).first().get(0),
                options,
                new vn.binhxet.ui.common.I18n(vn.binhxet.service.Messages.VIETNAMESE)))
        .isEqualTo(
            vn.binhxet.ui.voting.round.BallotWords.of(
                vn.binhxet.ui.voting.round.BallotInput.parse(typed.apply(first), options, 1, 1)
                    .ballot(),
                options,
                new vn.binhxet.ui.common.I18n(vn.binhxet.service.Messages.VIETNAMESE)));
    assertThat(second).isEqualTo(first);
  }
}
