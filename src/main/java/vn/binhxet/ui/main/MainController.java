package vn.binhxet.ui.main;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.LanguageSettings;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/** The main window's intents. Never touches a node; all data work goes through the task runner. */
public final class MainController {
  private static final DateTimeFormatter SAVED = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final MainModel model;
  private final SessionModel session;
  private final ConferenceService conferences;
  private final DemoService demo;
  private final VoteService votes;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final LanguageSettings settings;
  private final I18n i18n;
  private final String version;
  private final ChangeListener<SavedConference> statusChanged = (o, was, is) -> statusOf(is);

  public MainController(
      MainModel model,
      SessionModel session,
      ConferenceService conferences,
      DemoService demo,
      VoteService votes,
      TaskRunner tasks,
      DialogService dialogs,
      LanguageSettings settings,
      I18n i18n,
      String dataDir,
      String version) {
    this.model = model;
    this.session = session;
    this.conferences = conferences;
    this.demo = demo;
    this.votes = votes;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.settings = settings;
    this.i18n = i18n;
    this.version = version;
    model.setDataDir(dataDir);
    session.conferenceProperty().addListener(statusChanged);
  }

  public void close() {
    session.conferenceProperty().removeListener(statusChanged);
  }

  /** The open conference started, closed or reopened: its line in the list follows. */
  private void statusOf(SavedConference c) {
    if (c != null) {
      model.setStatus(c.id(), c.status());
    }
  }

  /** Recorded data became durable at {@code at}: the status line says so. */
  public void onSaved(Instant at) {
    model.setSaved(
        StatusMessage.of("main.status.savedAt", SAVED.format(at.atZone(ZoneId.systemDefault()))));
  }

  /** The window is shown: load the list of conferences. */
  public void onStart() {
    onRefresh();
  }

  public void onRefresh() {
    tasks.run(conferences::list, this::showList, this::fail);
  }

  /** A conference was chosen in the list. */
  public void onOpenConference(long id) {
    SavedConference current = session.conference();
    if (current != null
        && current.id() == id
        && model.screenProperty().get() == Screen.CONFERENCE) {
      return;
    }
    model.setActivity(StatusMessage.of("main.status.opening"));
    tasks.run(
        () -> open(id),
        opened -> {
          model.setActivity(null);
          show(opened);
        },
        this::fail);
  }

  /** Creates a new demo conference and opens it. */
  public void onOpenDemo() {
    model.setActivity(StatusMessage.of("main.status.demo"));
    tasks.runWithProgress(
        progress -> {
          long id = demo.create(progress);
          return new Loaded(conferences.list(), open(id));
        },
        loaded -> {
          model.setActivity(null);
          showCreated(loaded);
        },
        this::fail);
  }

  /** Creates the demo conference with nothing recorded yet, to rehearse on, and opens it. */
  public void onOpenDemoToRehearse() {
    tasks.run(
        () -> {
          long id = demo.createToRehearse();
          return new Loaded(conferences.list(), open(id));
        },
        this::showCreated,
        this::fail);
  }

  /** The new-conference form is ready to be shown. */
  public void onShowNewConference() {
    model.setScreen(Screen.NEW_CONFERENCE);
  }

  /** The new-conference form was left without creating anything. */
  public void onCloseNewConference() {
    model.setScreen(session.conference() == null ? Screen.WELCOME : Screen.CONFERENCE);
  }

  /** The new-conference form created conference {@code id}. */
  public void onConferenceCreated(long id) {
    tasks.run(() -> new Loaded(conferences.list(), open(id)), this::showCreated, this::fail);
  }

  /** Conference {@code id} was imported from the file named {@code fileName}: it is shown. */
  public void onConferenceImported(long id, String fileName) {
    tasks.run(
        () -> new Loaded(conferences.list(), open(id)),
        loaded -> {
          showCreated(loaded);
          model.setStatus(
              StatusMessage.of(
                  "conferencefile.status.imported",
                  loaded.opened().conference().conference().title(),
                  fileName));
        },
        this::fail);
  }

  /** The open conference was written to the file at {@code location}. */
  public void onConferenceExported(String location) {
    model.setStatus(StatusMessage.of("conferencefile.status.exported", location));
  }

  public void onSwitchLanguage(Locale locale) {
    if (Objects.equals(i18n.locale(), locale)) {
      return;
    }
    i18n.setLocale(locale);
    tasks.run(
        () -> {
          settings.saveLanguage(locale);
          return null;
        },
        ignored -> {},
        this::fail);
  }

  public void onAbout() {
    dialogs.showInformation(
        i18n.tr("app.about.title"),
        i18n.tr("app.about.text", version, model.dataDirProperty().get()));
  }

  private void showCreated(Loaded loaded) {
    showList(loaded.list());
    show(loaded.opened());
    model.setStatus(
        StatusMessage.of("main.status.saved", loaded.opened().conference().conference().title()));
  }

  private void showList(List<ConferenceSummary> list) {
    model.setConferences(list);
  }

  /** On the task thread: the conference and its votes, read together. */
  private Opened open(long id) {
    return new Opened(conferences.open(id), votes.outcomes(id));
  }

  private void show(Opened opened) {
    session.setConference(opened.conference(), opened.outcomes());
    model.setSelectedId(opened.conference().id());
    model.setScreen(Screen.CONFERENCE);
  }

  private void fail(Throwable t) {
    model.setActivity(null);
    dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(t, i18n));
  }

  private record Opened(SavedConference conference, List<VoteOutcome> outcomes) {}

  private record Loaded(List<ConferenceSummary> list, Opened opened) {}
}
