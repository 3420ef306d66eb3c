package vn.binhxet.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;

/** The main window's intents, without the FX toolkit. */
class MainControllerTest {
  @TempDir Path dir;
  private Database db;
  private final MainModel model = new MainModel();
  private final SessionModel session = new SessionModel();
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private final Fakes.Settings settings = new Fakes.Settings();
  private final I18n i18n = new I18n(Messages.VIETNAMESE);
  private MainController controller;
  private final SynchronousTaskRunner tasks = new SynchronousTaskRunner();
  private Fakes.Stack stack;

  @BeforeEach
  void setUp() {
    db = Fakes.database(dir);
    stack = Fakes.stack(db, Clock.systemUTC());
    controller =
        new MainController(
            model,
            session,
            stack.conferences(),
            stack.demo(),
            stack.votes(),
            tasks,
            dialogs,
            settings,
            i18n,
            dir.toString(),
            "test");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @Test
  void startsWithTheWelcomeScreenAndAnEmptyList() {
    controller.onStart();
    assertThat(model.conferences()).isEmpty();
    assertThat(model.screenProperty().get()).isEqualTo(Screen.WELCOME);
    assertThat(model.emptyProperty().get()).isTrue();
  }

  @Test
  void openingTheDemoCreatesItListsItAndShowsIt() {
    controller.onStart();
    controller.onOpenDemo();
    assertThat(model.conferences())
        .singleElement()
        .satisfies(s -> assertThat(s.illustrative()).isTrue());
    var shown = session.conference().conference();
    var demo = DemoConference.create();
    assertThat(shown.members()).isEqualTo(demo.members());
    assertThat(shown.awards()).isEqualTo(demo.awards());
    assertThat(shown.agenda()).isEqualTo(demo.agenda());
    // The demo's votes were taken: each now names the options it was taken on.
    assertThat(shown.votes().get(2).candidates()).hasSize(11);
    assertThat(model.screenProperty().get()).isEqualTo(Screen.CONFERENCE);
    assertThat(model.selectedIdProperty().get()).isEqualTo(session.conference().id());
    assertThat(model.statusProperty().get().key()).isEqualTo("main.status.saved");
    assertThat(dialogs.errors).isEmpty();

    controller.onOpenDemo();
    assertThat(model.conferences()).hasSize(2);
  }

  @Test
  void theDemoToRehearseOnHasNothingRecorded() {
    controller.onStart();
    controller.onOpenDemoToRehearse();
    assertThat(session.conference().conference().members())
        .isEqualTo(DemoConference.create().members());
    assertThat(session.outcomesProperty().get())
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.rounds()).isEmpty());
    assertThat(model.screenProperty().get()).isEqualTo(Screen.CONFERENCE);
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void aConferenceThatIsGoneIsReportedByNumber() {
    controller.onOpenConference(4711);
    assertThat(dialogs.errors).singleElement().asString().contains("4711");
    assertThat(session.conference()).isNull();
  }

  @Test
  void theLanguageSwitchRelabelsAndIsRemembered() {
    var title = i18n.bind("main.new");
    assertThat(title.get()).isEqualTo("Hội nghị mới");
    controller.onSwitchLanguage(Messages.ENGLISH);
    assertThat(title.get()).isEqualTo("New conference");
    assertThat(settings.saved).isEqualTo(Messages.ENGLISH);
  }

  @Test
  void closingTheNewConferenceFormReturnsToWhatWasShown() {
    controller.onShowNewConference();
    controller.onCloseNewConference();
    assertThat(model.screenProperty().get()).isEqualTo(Screen.WELCOME);
    controller.onOpenDemo();
    controller.onShowNewConference();
    controller.onCloseNewConference();
    assertThat(model.screenProperty().get()).isEqualTo(Screen.CONFERENCE);
  }

  @Test
  void theDemoShowsWhatIsUnderWayAndHowFarItHasGot() {
    controller.onOpenDemo();

    assertThat(tasks.reported()).hasSize(19).isSorted().endsWith(1.0);
    assertThat(tasks.busyProperty().get()).isFalse();
    assertThat(tasks.progressProperty().get()).isZero();
    assertThat(model.activityProperty().get()).isNull();
  }

  @Test
  void aDurableWriteShowsTheTimeItWasSavedAt() {
    assertThat(model.savedProperty().get()).isNull();
    java.time.Instant at = java.time.Instant.parse("2018-12-03T02:14:05Z");
    controller.onSaved(at);
    String time =
        java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
            .format(at.atZone(java.time.ZoneId.systemDefault()));
    assertThat(
            i18n.tr(
                model.savedProperty().get().key(), model.savedProperty().get().args().toArray()))
        .isEqualTo("Đã lưu lúc " + time);
  }

  @Test
  void theListShowsTheOpenConferencesStatusWheneverItChanges() {
    long id = stack.conferences().createDemo();
    controller.onStart();
    controller.onOpenConference(id);
    assertThat(model.conferences().get(0).status()).isEqualTo(ConferenceStatus.PREPARING);

    session.setStatus(ConferenceStatus.CLOSED);
    assertThat(model.conferences().get(0).status()).isEqualTo(ConferenceStatus.CLOSED);
    controller.close();
    session.setStatus(ConferenceStatus.RUNNING);
    assertThat(model.conferences().get(0).status()).isEqualTo(ConferenceStatus.CLOSED);
  }
}
