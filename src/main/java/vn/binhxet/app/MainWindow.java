package vn.binhxet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Parent;
import javafx.stage.Stage;
import vn.binhxet.service.AgendaService;
import vn.binhxet.service.AuditService;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.DocumentService;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.PreparationService;
import vn.binhxet.service.ProgrammeService;
import vn.binhxet.service.VoteService;
import vn.binhxet.service.imports.DelegateListReader;
import vn.binhxet.service.imports.UnitListReader;
import vn.binhxet.ui.agenda.AgendaController;
import vn.binhxet.ui.agenda.AgendaModel;
import vn.binhxet.ui.agenda.AgendaView;
import vn.binhxet.ui.agendaedit.AgendaEditController;
import vn.binhxet.ui.agendaedit.AgendaEditModel;
import vn.binhxet.ui.agendaedit.AgendaEditView;
import vn.binhxet.ui.awards.AwardsController;
import vn.binhxet.ui.awards.AwardsModel;
import vn.binhxet.ui.awards.AwardsView;
import vn.binhxet.ui.backup.BackupController;
import vn.binhxet.ui.backup.BackupMenu;
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
import vn.binhxet.ui.conferencefile.ConferenceFileController;
import vn.binhxet.ui.conferencefile.ConferenceFileMenu;
import vn.binhxet.ui.documents.DocumentsController;
import vn.binhxet.ui.documents.DocumentsModel;
import vn.binhxet.ui.documents.DocumentsView;
import vn.binhxet.ui.documents.FxPagePrinter;
import vn.binhxet.ui.header.HeaderController;
import vn.binhxet.ui.header.HeaderModel;
import vn.binhxet.ui.header.HeaderView;
import vn.binhxet.ui.integrity.IntegrityController;
import vn.binhxet.ui.integrity.IntegrityModel;
import vn.binhxet.ui.integrity.IntegrityView;
import vn.binhxet.ui.listimport.ImportTargets;
import vn.binhxet.ui.listimport.ListImportController;
import vn.binhxet.ui.listimport.ListImportModel;
import vn.binhxet.ui.listimport.ListImportView;
import vn.binhxet.ui.main.MainController;
import vn.binhxet.ui.main.MainModel;
import vn.binhxet.ui.main.MainView;
import vn.binhxet.ui.newconference.NewConferenceController;
import vn.binhxet.ui.newconference.NewConferenceModel;
import vn.binhxet.ui.newconference.NewConferenceView;
import vn.binhxet.ui.password.PasswordController;
import vn.binhxet.ui.password.PasswordMenu;
import vn.binhxet.ui.people.PeopleController;
import vn.binhxet.ui.people.PeopleModel;
import vn.binhxet.ui.people.PeopleView;
import vn.binhxet.ui.projector.ProjectorPreview;
import vn.binhxet.ui.projector.ProjectorWindow;
import vn.binhxet.ui.projectorcontrol.ProjectorControlController;
import vn.binhxet.ui.projectorcontrol.ProjectorControlModel;
import vn.binhxet.ui.projectorcontrol.ProjectorControlView;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.units.UnitsController;
import vn.binhxet.ui.units.UnitsModel;
import vn.binhxet.ui.units.UnitsView;
import vn.binhxet.ui.voting.VotingScreen;

/** Wires the main window's screens: models, controllers and views, by constructor. */
public final class MainWindow {
  private final MainController main;
  private final ConferenceOverviewController overview;
  private final CheckInController checkIn;
  private final AgendaController agendaController;
  private final ProjectorControlController projectorControl;
  private final ProjectorControlView projectorView;
  private final ProjectorPreview preview;
  private final ProjectorWindow projector;
  private final UnitsController units;
  private final PeopleController people;
  private final ListImportController<?> unitImport;
  private final ListImportController<?> peopleImport;
  private final AwardsController awards;
  private final AgendaEditController agendaEdit;
  private final HeaderController header;
  private final DocumentsController documents;
  private final DocumentsView documentsView;
  private final VotingScreen voting;
  private final AgendaView agendaView;
  private final MainView view;
  private final IntegrityController integrity;
  private final ConferenceFileController conferenceFile;
  private final Clock clock;

  /**
   * @param backup the backup items of the File menu; null leaves them out (screen tests)
   * @param files the conference file's import and export; null leaves them out (screen tests)
   */
  public MainWindow(
      Stage stage,
      ConferenceService conferences,
      DemoService demo,
      VoteService votes,
      EntryService entries,
      AgendaService agenda,
      PreparationService preparation,
      ProgrammeService programme,
      DocumentService documents,
      AuditService audit,
      BackupController backup,
      PasswordController password,
      ConferenceFileService files,
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
    voting = new VotingScreen(session, votes, entries, tasks, dialogs, i18n, clock);
    UnitsModel unitsModel = new UnitsModel();
    units = new UnitsController(unitsModel, session, preparation, tasks, dialogs, i18n);
    PeopleModel peopleModel = new PeopleModel();
    people = new PeopleController(peopleModel, session, preparation, tasks, dialogs, i18n);
    var unitTarget = ImportTargets.units(new UnitListReader(), units::onAddUnits);
    ListImportModel unitImportModel = new ListImportModel(unitTarget.columnKeys());
    unitImport =
        new ListImportController<>(unitImportModel, session, tasks, dialogs, i18n, unitTarget);
    ListImportView unitImportView = new ListImportView(unitImportModel, unitImport, i18n);
    var peopleTarget = ImportTargets.people(new DelegateListReader(), people::onAddPeople);
    ListImportModel peopleImportModel = new ListImportModel(peopleTarget.columnKeys());
    peopleImport =
        new ListImportController<>(peopleImportModel, session, tasks, dialogs, i18n, peopleTarget);
    ListImportView peopleImportView = new ListImportView(peopleImportModel, peopleImport, i18n);
    AwardsModel awardsModel = new AwardsModel();
    awards = new AwardsController(awardsModel, session, programme, tasks, dialogs, i18n);
    AgendaEditModel agendaEditModel = new AgendaEditModel();
    agendaEdit =
        new AgendaEditController(agendaEditModel, session, programme, tasks, dialogs, i18n);
    HeaderModel headerModel = new HeaderModel();
    header = new HeaderController(headerModel, session, preparation, tasks, i18n);
    DocumentsModel documentsModel = new DocumentsModel();
    this.documents =
        new DocumentsController(
            documentsModel,
            session,
            documents,
            new vn.binhxet.pdf.PdfPageImages(),
            new DesktopViewer(),
            new FxPagePrinter(stage),
            tasks,
            dialogs,
            i18n);
    documentsView = new DocumentsView(documentsModel, this.documents, i18n, tasks);
    ConferenceOverviewView overviewView =
        new ConferenceOverviewView(
            overviewModel,
            i18n,
            List.of(
                new ConferenceOverviewView.Section("conference.tab.run", agendaView.node()),
                new ConferenceOverviewView.Section(
                    "conference.tab.checkin", new CheckInView(checkInModel, checkIn, i18n).node()),
                new ConferenceOverviewView.Section("conference.tab.voting", voting.node()),
                new ConferenceOverviewView.Section(
                    "conference.tab.units",
                    unitImportView.wrap(
                        new UnitsView(unitsModel, units, i18n, List.of(unitImportView.openButton()))
                            .node())),
                new ConferenceOverviewView.Section(
                    "conference.tab.people",
                    peopleImportView.wrap(
                        new PeopleView(
                                peopleModel, people, i18n, List.of(peopleImportView.openButton()))
                            .node())),
                new ConferenceOverviewView.Section(
                    "conference.tab.agenda",
                    new AgendaEditView(agendaEditModel, agendaEdit, i18n).node()),
                new ConferenceOverviewView.Section(
                    "conference.tab.awards", new AwardsView(awardsModel, awards, i18n).node()),
                new ConferenceOverviewView.Section(
                    "prep.tab.header",
                    new HeaderView(headerModel, header, i18n).node(),
                    "conference.tab.awards"),
                new ConferenceOverviewView.Section(
                    "conference.tab.documents", documentsView.node(), "conference.tab.results")));

    ProjectorControlModel projectorModel = new ProjectorControlModel();
    projectorControl =
        new ProjectorControlController(projectorModel, session, votes, tasks, dialogs, i18n);
    projector = new ProjectorWindow(session, i18n);
    preview = new ProjectorPreview(session, i18n, 300);
    projectorView =
        new ProjectorControlView(projectorModel, projectorControl, i18n, preview.node());
    // The window follows the panel's intent; a window closed by its own close box tells the panel.
    projectorModel
        .openProperty()
        .addListener(
            (o, was, open) -> {
              if (open) {
                projector.show();
              } else {
                projector.hide();
              }
            });
    projector
        .showingProperty()
        .addListener(
            (o, was, showing) -> {
              if (!showing) {
                projectorControl.onClosed();
              }
            });
    projectorControl.onScreens(projector.screensProperty().get());
    projector
        .screensProperty()
        .addListener((o, was, count) -> projectorControl.onScreens(count.intValue()));

    conferenceFile =
        files == null
            ? null
            : new ConferenceFileController(
                session,
                files,
                conferences,
                tasks,
                dialogs,
                i18n,
                new ConferenceFileController.Listener() {
                  @Override
                  public void onImported(long id, String fileName) {
                    main.onConferenceImported(id, fileName);
                  }

                  @Override
                  public void onExported(String location) {
                    main.onConferenceExported(location);
                  }
                });
    List<javafx.scene.control.MenuItem> fileItems = fileItems(backup, password, i18n, tasks);
    if (conferenceFile != null) {
      fileItems.addAll(0, new ConferenceFileMenu(conferenceFile, session, i18n).items());
    }

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
            projectorView.node(),
            newController::onOpen,
            stage::close,
            fileItems);

    IntegrityModel integrityModel = new IntegrityModel();
    integrity = new IntegrityController(integrityModel, audit, tasks, dialogs, i18n);
    IntegrityView integrityView = new IntegrityView(integrityModel, integrity, i18n);
    view.tools().getItems().add(integrityView.menuItem());
    view.addStatusItem(integrityView.warning());
  }

  private static List<javafx.scene.control.MenuItem> fileItems(
      BackupController backup, PasswordController password, I18n i18n, TaskRunner tasks) {
    List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
    if (backup != null) {
      items.addAll(new BackupMenu(backup, i18n, tasks).items());
    }
    if (password != null) {
      items.addAll(new PasswordMenu(password, i18n, tasks).items());
    }
    return items;
  }

  public Parent root() {
    return view.root();
  }

  public void start() {
    main.onStart();
    integrity.onDataOpened();
  }

  /**
   * The app was started with a conference file (the desktop opened it with the app): it is checked,
   * then imported once the user agrees. Call after {@link #start()}, on the FX thread.
   */
  public void openFromDesktop(Path file) {
    if (conferenceFile != null) {
      conferenceFile.onOpenFromDesktop(file);
    }
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
    projectorView.dispose();
    preview.dispose();
    projectorControl.close();
    projector.dispose();
    units.close();
    people.close();
    unitImport.close();
    peopleImport.close();
    awards.close();
    agendaEdit.close();
    header.close();
    documentsView.dispose();
    documents.close();
  }
}
