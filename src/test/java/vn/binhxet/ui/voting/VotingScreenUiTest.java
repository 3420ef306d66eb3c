package vn.binhxet.ui.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * The real voting tab, headless, walked with the keyboard only: each entry mode from opening the
 * round to closing it. Tasks run at once, so each key's effect is there when the next is typed.
 */
@ExtendWith(ApplicationExtension.class)
class VotingScreenUiTest {
  @TempDir static Path dir;
  // One demo conference for the class, made before any window: each test takes its own vote.
  private static Database db;
  private static Fakes.Stack s;
  private static long id;
  private final SessionModel session = new SessionModel();
  private VotingScreen screen;
  private static Stage window;

  @org.junit.jupiter.api.BeforeAll
  static void demo() {
    db = Database.open(dir.resolve("data"));
    s = Fakes.stack(db, Clock.systemUTC());
    id = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));
  }

  @org.junit.jupiter.api.AfterAll
  static void closeDemo() {
    db.close();
  }

  @Start
  void start(Stage stage) {
    window = stage;
    session.setConference(s.conferences().open(id), s.votes().outcomes(id));
    screen =
        new VotingScreen(
            session,
            s.votes(),
            s.entries(),
            new SynchronousTaskRunner(),
            new Fakes.Dialogs(),
            new I18n(Messages.VIETNAMESE),
            Clock.systemUTC());
    Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.node()), 1366, 768);
    scene.getStylesheets().add(Styles.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void tearDown() {
    screen.close();
  }

  private RoundRecord round(int vote) {
    var rounds = s.votes().outcomes(id).get(vote - 1).rounds();
    return rounds.get(rounds.size() - 1);
  }

  /** Focus the list of votes, go to vote {@code position}, and Enter into it. */
  private void enterVote(FxRobot robot, int position) {
    robot.interact(() -> robot.lookup("#voting-votes").query().requestFocus());
    robot.type(KeyCode.HOME);
    for (int i = 1; i < position; i++) {
      robot.type(KeyCode.DOWN);
    }
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * From the open button: choose the entry mode (Shift+Tab to the list of modes), open the round.
   */
  private void openIn(FxRobot robot, int modeIndex) {
    assertThat(focused(robot)).isEqualTo("voting-open");
    robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
    assertThat(focused(robot)).isEqualTo("voting-mode");
    for (int i = 0; i < modeIndex; i++) {
      robot.type(KeyCode.DOWN);
    }
    robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static String focused(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    Node owner = window.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }

  private void closeRound(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void raisedHandsAreTickedByKeyboardAndTheRoundClosed(FxRobot robot) {
    enterVote(robot, 1);
    openIn(robot, 1);
    assertThat(round(1).mode()).isEqualTo(EntryMode.HANDS_RAISED);
    assertThat(focused(robot)).isEqualTo("voting-raised-units");
    robot.type(KeyCode.DIGIT2, KeyCode.DIGIT3);
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    assertThat(robot.lookup("#voting-raised-counts").queryAs(Label.class).getText())
        .isEqualTo("Tán thành 9 · Không tán thành 1 · Không biểu quyết 1 · Chưa đánh dấu 0");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#voting-saved").queryAs(Label.class).getText())
        .contains("tán thành 9, không tán thành 1, không biểu quyết 1");
    assertThat(focused(robot)).as("one option: close is next").isEqualTo("voting-close");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(round(1).status()).isEqualTo(RoundStatus.CLOSED);
    assertThat(round(1).stored().nominated()).hasSize(1);
    assertThat(focused(robot)).isEqualTo("voting-votes");
  }

  @Test
  void aCountTheChecksRefuseIsDecoratedOnItsField(FxRobot robot) {
    enterVote(robot, 7);
    openIn(robot, 0);
    assertThat(focused(robot)).isEqualTo("voting-0-0");
    robot.write("10").type(KeyCode.ENTER).write("5").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Control first = robot.lookup("#voting-0-0").queryAs(Control.class);
    assertThat(Decorator.getDecorations(first)).as("E06 marked on the row").isNotEmpty();
    assertThat(robot.lookup("#voting-problems").queryAs(Label.class).getText()).contains("E06");
    assertThat(round(7).hands().counts().values())
        .as("the row was saved on leaving for, and its refused change is not stored")
        .containsExactly(new vn.binhxet.domain.vote.HandsCount(10, 0, 0));
  }

  @Test
  void ballotsAreEnteredTwiceBlindAndADifferenceReconciledByKeyboard(FxRobot robot) {
    enterVote(robot, 3);
    openIn(robot, 2);
    assertThat(round(3).mode()).isEqualTo(EntryMode.BALLOTS_TWICE);
    assertThat(focused(robot)).isEqualTo("voting-issued");
    robot.write("3").type(KeyCode.ENTER).write("3").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(focused(robot)).isEqualTo("voting-ballot-input");
    List<String> options = round(3).setup().options();
    String host = Integer.toString(options.indexOf(DemoConference.HOST) + 1);
    String other = Integer.toString(options.indexOf("Ban Tuyên giáo Tỉnh uỷ") + 1);

    for (String ballot : List.of(host, host, "/1")) {
      robot.write(ballot).type(KeyCode.ENTER);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(round(3).first()).hasSize(3);
    assertThat(robot.lookup("#voting-ballot-count").queryAs(Label.class).getText())
        .as("pass 2 starts blank")
        .isEqualTo("Đã nhập 0/3 phiếu thu vào");
    assertThat(robot.lookup("#voting-ballot-recent").queryListView().getItems()).isEmpty();
    assertThat(focused(robot)).isEqualTo("voting-ballot-input");

    for (String ballot : List.of(host, other, "/1")) {
      robot.write(ballot).type(KeyCode.ENTER);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(focused(robot)).isEqualTo("voting-reconcile-input");
    assertThat(robot.lookup("#voting-reconcile-table").queryTableView().getItems()).hasSize(1);
    closeRound(robot);
    assertThat(round(3).status()).as("the passes differ").isEqualTo(RoundStatus.OPEN);

    robot.interact(() -> robot.lookup("#voting-reconcile-input").query().requestFocus());
    robot.write(host).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(round(3).second()).isEqualTo(round(3).first());
    assertThat(focused(robot)).isEqualTo("voting-close");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(round(3).status()).isEqualTo(RoundStatus.CLOSED);
    assertThat(round(3).stored().options().get(0).votesFor()).isEqualTo(2);
  }
}
