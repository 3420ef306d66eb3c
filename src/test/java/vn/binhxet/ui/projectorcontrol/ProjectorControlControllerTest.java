package vn.binhxet.ui.projectorcontrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.agenda.AgendaController;
import vn.binhxet.ui.agenda.AgendaModel;
import vn.binhxet.ui.checkin.CheckInController;
import vn.binhxet.ui.checkin.CheckInModel;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.Blanking;
import vn.binhxet.ui.session.ProjectorScene;
import vn.binhxet.ui.session.SessionFixtures;
import vn.binhxet.ui.session.SessionModel;

/** The console's side of the projector, without the FX toolkit. */
class ProjectorControlControllerTest {
  @TempDir Path dir;
  private final I18n i18n = new I18n(Messages.VIETNAMESE);

  @Test
  void aVisibilityChosenForTheVoteOnTheProjectorIsStoredAndApplied() {
    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      long id = s.conferences().createDemo();
      SessionModel session = new SessionModel();
      ProjectorControlModel model = new ProjectorControlModel();
      Fakes.Dialogs dialogs = new Fakes.Dialogs();
      new ProjectorControlController(
          model, session, s.votes(), new SynchronousTaskRunner(), dialogs, i18n);
      session.setConference(s.conferences().open(id), s.votes().outcomes(id));
      assertThat(model.voteShownProperty().get()).isFalse();

      int vote = SessionFixtures.HANDS_VOTE;
      session.setCurrentStep(SessionFixtures.stepOf(session.conference(), vote));
      assertThat(model.voteProperty().get())
          .isEqualTo("Biểu quyết 5: Bằng khen của Chủ tịch UBND tỉnh");
      assertThat(model.visibilityProperty().get()).isEqualTo(ResultVisibility.LIVE);

      new ProjectorControlController(
              model, session, s.votes(), new SynchronousTaskRunner(), dialogs, i18n)
          .onSetVisibility(ResultVisibility.HIDDEN);

      assertThat(s.conferences().open(id).conference().votes().get(vote - 1).visibility())
          .isEqualTo(ResultVisibility.HIDDEN);
      assertThat(session.visibilityOf(vote)).isEqualTo(ResultVisibility.HIDDEN);
      assertThat(model.visibilityProperty().get()).isEqualTo(ResultVisibility.HIDDEN);
      assertThat(dialogs.errors).isEmpty();
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"B, BLACK", "BB, OFF", "T, TITLE", "TT, OFF", "BT, TITLE", "TB, BLACK", "BU, OFF"})
  void blackAndTitleToggleAndReplaceEachOther(String keys, Blanking expected) {
    SessionModel session = new SessionModel();
    ProjectorControlModel model = new ProjectorControlModel();
    ProjectorControlController controller =
        new ProjectorControlController(
            model, session, null, new SynchronousTaskRunner(), new Fakes.Dialogs(), i18n);
    for (char k : keys.toCharArray()) {
      switch (k) {
        case 'B' -> controller.onBlack();
        case 'T' -> controller.onTitle();
        default -> controller.onUnblank();
      }
    }
    assertThat(session.blankingProperty().get()).isEqualTo(expected);
    assertThat(model.blankingProperty().get()).isEqualTo(expected);
  }

  @Test
  void theAgendaAndCheckInScreensMoveWhatTheProjectorShows() {
    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      long id = s.conferences().createDemo();
      SessionModel session = new SessionModel();
      SynchronousTaskRunner tasks = new SynchronousTaskRunner();
      Fakes.Dialogs dialogs = new Fakes.Dialogs();
      AgendaController agenda =
          new AgendaController(new AgendaModel(), session, s.agenda(), tasks, dialogs, i18n);
      CheckInController checkIn =
          new CheckInController(new CheckInModel(), session, s.votes(), tasks, dialogs, i18n);
      session.setConference(s.conferences().open(id), s.votes().outcomes(id));
      assertThat(session.sceneProperty().get()).isEqualTo(ProjectorScene.TITLE);

      agenda.onNext();
      assertThat(session.currentStepProperty().get()).isEqualTo(1);
      assertThat(session.sceneProperty().get()).isEqualTo(ProjectorScene.ATTENDANCE);
      checkIn.onToggle(DemoConference.HOST, true);
      assertThat(session.attendanceOnScreenProperty().get().present()).hasSize(1);
      assertThat(session.attendanceOnScreenProperty().get().quorumMet()).isFalse();

      agenda.onGoTo(4);
      assertThat(session.sceneProperty().get()).isEqualTo(ProjectorScene.AGENDA);
      agenda.onGoTo(SessionFixtures.stepOf(session.conference(), SessionFixtures.HEAD_VOTE));
      assertThat(session.sceneProperty().get()).isEqualTo(ProjectorScene.VOTE);
      agenda.onGoTo(session.conference().conference().agenda().size());
      assertThat(session.sceneProperty().get()).isEqualTo(ProjectorScene.CLOSING);
      assertThat(dialogs.errors).isEmpty();
    }
  }
}
