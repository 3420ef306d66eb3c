package vn.binhxet.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.session.Blanking;
import vn.binhxet.ui.session.SessionFixtures;
import vn.binhxet.ui.session.SessionFixtures.State;
import vn.binhxet.ui.session.SessionModel;

/**
 * The projector follows the session model: each change is on screen when the call that made it
 * returns (asserted on the FX thread in the same runnable, so no later pulse is waited for).
 */
@ExtendWith(ApplicationExtension.class)
class ProjectorViewUiTest {
  private final SessionModel session = new SessionModel();
  private final SavedConference demo = SessionFixtures.demo();
  private Parent root;

  @Start
  void start(Stage stage) {
    session.setConference(demo, SessionFixtures.outcomes(demo, 1, null));
    root = new ProjectorView(session, new I18n(Messages.VIETNAMESE)).node();
    stage.setScene(new Scene(root, 1024, 768));
    stage.show();
  }

  @Test
  void showsTheTitleBeforeTheFirstStepThenTheAgendaWithTheCurrentStepMarked(FxRobot robot) {
    robot.interact(
        () -> {
          assertThat(root.lookup("#projector-title")).isNotNull();
          assertThat(text("#projector-heading")).isEqualTo(demo.conference().title());
          session.setCurrentStep(4);
          assertThat(root.lookup("#projector-agenda")).isNotNull();
          assertThat(((Label) root.lookup("#projector-step-current .label:last-child")))
              .isNotNull();
          assertThat(labels(root.lookup("#projector-step-current")))
              .contains(demo.conference().agenda().get(3).title());
        });
  }

  @Test
  void showsAttendanceAndQuorumAsUnitsAreTickedIn(FxRobot robot) {
    robot.interact(
        () -> {
          session.setCurrentStep(1);
          session.setAttendance(present(6));
          assertThat(text("#projector-present")).isEqualTo("6/11");
          assertThat(text("#projector-quorum")).startsWith("Chưa đủ số lượng");
          session.setAttendance(present(8));
          assertThat(text("#projector-present")).isEqualTo("8/11");
          assertThat(text("#projector-quorum")).startsWith("Đủ số lượng");
        });
  }

  @Test
  void aLiveShowOfHandsGrowsItsBarsAsCountsAreTyped(FxRobot robot) {
    int vote = SessionFixtures.HANDS_VOTE;
    robot.interact(
        () -> {
          session.setVisibility(vote, ResultVisibility.LIVE);
          session.showRound(
              vote, SessionFixtures.round(demo, vote, EntryMode.HANDS, State.OPEN_EMPTY));
          assertThat(text("#projector-figure-1")).startsWith("0 ");
          double empty = barWidth(1);
          session.showRound(
              vote, SessionFixtures.round(demo, vote, EntryMode.HANDS, State.OPEN_PARTIAL));
          assertThat(text("#projector-figure-1")).startsWith("9 ");
          root.applyCss();
          root.layout();
          assertThat(barWidth(1)).isGreaterThan(empty);
        });
  }

  @Test
  void aSecretBallotBeingCountedShowsOnlyTheBallotsCounted(FxRobot robot) {
    int vote = SessionFixtures.SECRET_VOTE;
    robot.interact(
        () -> {
          session.setVisibility(vote, ResultVisibility.LIVE);
          session.showRound(
              vote, SessionFixtures.round(demo, vote, EntryMode.BALLOTS, State.OPEN_PARTIAL));
          assertThat(text("#projector-status")).isEqualTo("Đang kiểm phiếu");
          assertThat(text("#projector-counted")).isEqualTo("Đã kiểm 4/10 phiếu thu vào");
          assertThat(root.lookup("#projector-bars")).isNull();
          // The rule in words has a percentage; a count's share would have two decimals.
          assertThat(labels(root)).noneMatch(t -> t.matches("(?s).*\\d+,\\d\\d%.*"));
        });
  }

  @Test
  void theConfirmedResultMarksTheNominatedAndATieIsFlagged(FxRobot robot) {
    int vote = SessionFixtures.HANDS_VOTE;
    robot.interact(
        () -> {
          session.showRound(vote, SessionFixtures.round(demo, vote, EntryMode.HANDS, State.CLOSED));
          assertThat(text("#projector-verdict-1")).isEqualTo("✓ Được đề nghị");
          assertThat(text("#projector-figure-1")).isEqualTo("9  ·  90,00%");
          assertThat(root.lookup("#projector-tie")).isNull();
        });
  }

  @Test
  void blankingCoversWhateverIsShownAndLiftsAgain(FxRobot robot) {
    robot.interact(
        () -> {
          session.setCurrentStep(4);
          session.setBlanking(Blanking.BLACK);
          assertThat(root.lookup("#projector-black")).isNotNull();
          session.setBlanking(Blanking.TITLE);
          assertThat(root.lookup("#projector-title")).isNotNull();
          session.setBlanking(Blanking.OFF);
          assertThat(root.lookup("#projector-agenda")).isNotNull();
        });
  }

  /**
   * Laid out at each size in a scene of its own (a stage larger than the headless screen cannot be
   * painted): every label is whole — wrapped, never ellipsised — and inside the screen.
   */
  @ParameterizedTest(name = "{0}×{1}")
  @CsvSource({"1024, 768", "1366, 768", "1920, 1080", "3840, 2160"})
  void nothingIsCutOrOffScreenAtTheUsualProjectorSizes(int width, int height, FxRobot robot) {
    int hands = SessionFixtures.HANDS_VOTE;
    int secret = SessionFixtures.SECRET_VOTE;
    AtomicReference<List<String>> problems = new AtomicReference<>(new java.util.ArrayList<>());
    robot.interact(
        () -> {
          SessionModel sized = new SessionModel();
          sized.setConference(demo, SessionFixtures.outcomes(demo, 1, null));
          sized.setAttendance(present(9));
          Parent view = new ProjectorView(sized, new I18n(Messages.VIETNAMESE)).node();
          new Scene(view, width, height);
          List<Runnable> scenes =
              List.of(
                  () -> sized.setCurrentStep(null),
                  () -> sized.setCurrentStep(1),
                  () -> sized.setCurrentStep(4),
                  () -> sized.setCurrentStep(SessionFixtures.stepOf(demo, secret)),
                  () ->
                      sized.showRound(
                          secret,
                          SessionFixtures.round(
                              demo, secret, EntryMode.BALLOTS, State.OPEN_PARTIAL)),
                  () ->
                      sized.showRound(
                          hands, SessionFixtures.round(demo, hands, EntryMode.HANDS, State.CLOSED)),
                  () -> sized.setCurrentStep(demo.conference().agenda().size()));
          for (Runnable scene : scenes) {
            scene.run();
            // A scene that is not shown never sizes its root: do what showing it would. The font
            // follows the size, so styles and layout are done again once it is known.
            view.resize(width, height);
            for (int pass = 0; pass < 3; pass++) {
              view.applyCss();
              view.layout();
            }
            view.lookupAll(".label").stream()
                .map(Label.class::cast)
                .filter(l -> !l.getText().isEmpty())
                .filter(l -> cut(l) || outside(l, width, height))
                .forEach(
                    l ->
                        problems
                            .get()
                            .add(
                                l.getText()
                                    + (cut(l)
                                        ? " cut to: " + ((Text) l.lookup(".text")).getText()
                                        : "")
                                    + " at "
                                    + l.localToScene(l.getBoundsInLocal())));
          }
        });
    assertThat(problems.get()).as("labels cut or off screen at %dx%d", width, height).isEmpty();
  }

  private static boolean cut(Label l) {
    Node text = l.lookup(".text");
    return text instanceof Text t && !t.getText().equals(l.getText());
  }

  private static boolean outside(Label l, int width, int height) {
    Bounds b = l.localToScene(l.getBoundsInLocal());
    return b.getMinY() < -1
        || b.getMaxY() > height + 1
        || b.getMinX() < -1
        || b.getMaxX() > width + 1;
  }

  private Map<String, Boolean> present(int n) {
    Map<String, Boolean> here = new HashMap<>();
    DemoConference.UNITS.subList(0, n).forEach(u -> here.put(u, true));
    return here;
  }

  private String text(String id) {
    return ((Label) root.lookup(id)).getText();
  }

  private double barWidth(int row) {
    return ((Parent) root.lookup("#projector-bar-" + row))
        .getChildrenUnmodifiable()
        .get(0)
        .prefWidth(-1);
  }

  private static List<String> labels(Node node) {
    return node.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
  }
}
