package vn.binhxet.app;

import java.time.Clock;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Stage;
import vn.binhxet.service.AgendaService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.agenda.AgendaController;
import vn.binhxet.ui.agenda.AgendaModel;
import vn.binhxet.ui.agenda.AgendaView;
import vn.binhxet.ui.checkin.CheckInController;
import vn.binhxet.ui.checkin.CheckInModel;
import vn.binhxet.ui.checkin.CheckInView;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.LanguageSettings;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.conference.ConferenceOverviewController;
import vn.binhxet.ui.conference.ConferenceOverviewModel;
import vn.binhxet.ui.conference.ConferenceOverviewView;
import vn.binhxet.ui.main.MainController;
import vn.binhxet.ui.main.MainModel;
import vn.binhxet.ui.main.MainView;
import vn.binhxet.ui.newconference.NewConferenceController;
import vn.binhxet.ui.newconference.NewConferenceModel;
import vn.binhxet.ui.newconference.NewConferenceView;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.voting.VotingController;
import vn.binhxet.ui.voting.VotingModel;
import vn.binhxet.ui.voting.VotingView;

/** Wires the main window's screens: models, controllers and views, by constructor. */
public final class MainWindow {
  private final MainController main;
  private final ConferenceOverviewController overview;
  private final CheckInController checkIn;
  private final AgendaController agendaController;
  private final VotingController voting;
  private final AgendaView agendaView;
  private final MainView view;
  private final Clock clock;

  public MainWindow(
      Stage stage,
      ConferenceService conferences,
      DemoService demo,
      VoteService votes,
      EntryService entries,
      AgendaService agenda,
      TaskRunner tasks,
      DialogService dialogs,
      LanguageSettings settings,
      I18n i18n,
      Clock clock,
      String dataDir,
      String version) {
    this.clock = clock;
    SessionModel session = new SessionModel();
    MainModel mainModel = new MainModel();
    main =
        new MainController(
            mainModel,
            session,
            conferences,
            demo,
            votes,
            tasks,
            dialogs,
            settings,
            i18n,
            dataDir,
            version);

    ConferenceOverviewModel overviewModel = new ConferenceOverviewModel();
    overview = new ConferenceOverviewController(overviewModel, session, i18n);
    AgendaModel agendaModel = new AgendaModel();
    agendaController = new AgendaController(agendaModel, session, agenda, tasks, dialogs, i18n);
    agendaView = new AgendaView(agendaModel, agendaController, i18n, tasks);
    CheckInModel checkInModel = new CheckInModel();
    checkIn = new CheckInController(checkInModel, session, votes, tasks, dialogs, i18n);
    VotingModel votingModel = new VotingModel();
    voting = new VotingController(votingModel, session, votes, entries, tasks, dialogs, i18n);
    ConferenceOverviewView overviewView =
        new ConferenceOverviewView(
            overviewModel,
            i18n,
            List.of(
                new ConferenceOverviewView.Section("conference.tab.run", agendaView.node()),
                new ConferenceOverviewView.Section(
                    "conference.tab.checkin", new CheckInView(checkInModel, checkIn, i18n).node()),
                new ConferenceOverviewView.Section(
                    "conference.tab.voting", new VotingView(votingModel, voting, i18n).node())));

    NewConferenceModel newModel = new NewConferenceModel();
    NewConferenceController newController =
        new NewConferenceController(
            newModel,
            conferences,
            tasks,
            dialogs,
            i18n,
            clock,
            new NewConferenceController.Listener() {
              @Override
              public void onShowNewConference() {
                main.onShowNewConference();
              }

              @Override
              public void onCloseNewConference() {
                main.onCloseNewConference();
              }

              @Override
              public void onConferenceCreated(long id) {
                main.onConferenceCreated(id);
              }
            });
    NewConferenceView newView = new NewConferenceView(newModel, newController, i18n);

    view =
        new MainView(
            mainModel,
            main,
            i18n,
            tasks,
            overviewView.node(),
            newView.node(),
            newController::onOpen,
            stage::close);
  }

  public Parent root() {
    return view.root();
  }

  public void start() {
    main.onStart();
  }

  /** Recorded data has just become durable (called on the FX thread). */
  public void saved() {
    main.onSaved(clock.instant());
  }

  public void close() {
    main.close();
    overview.close();
    checkIn.close();
    agendaView.dispose();
    agendaController.close();
    voting.close();
  }
}
