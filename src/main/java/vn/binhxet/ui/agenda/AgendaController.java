package vn.binhxet.ui.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.service.AgendaService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Steps through the agenda: next and previous move the current step (its start and end are
 * recorded), and the notes of the step shown are saved when the secretary leaves them or moves on.
 *
 * <p>Empty notes are pre-filled with the sentence suggested from the recorded facts; a pre-filled
 * sentence the secretary has not touched follows the facts as they grow (a vote decided, the
 * closing time), while notes the secretary wrote are never replaced, only offered the suggestion to
 * insert. Finishing the last step closes the conference; reopening it needs a confirmation.
 */
public final class AgendaController {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final AgendaModel model;
  private final SessionModel session;
  private final AgendaService agenda;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final ChangeListener<SavedConference> conferenceChanged =
      (o, was, is) -> changed(was, is);
  private final InvalidationListener outcomes = o -> onFactsChanged();
  private final InvalidationListener language = o -> onLanguageChanged();

  /** The notes as stored, by step position. */
  private final Map<Integer, String> notes = new HashMap<>();

  /**
   * Suggestions put into empty notes, by step: text equal to one of them is not the secretary's.
   */
  private final Map<Integer, String> prefilled = new HashMap<>();

  private Map<Integer, String> suggestions = Map.of();
  private AgendaProgress progress = new AgendaProgress(null, Map.of(), Map.of());
  private Instant savedAt;

  public AgendaController(
      AgendaModel model,
      SessionModel session,
      AgendaService agenda,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.agenda = agenda;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    session.conferenceProperty().addListener(conferenceChanged);
    session.outcomesProperty().addListener(outcomes);
    i18n.messagesProperty().addListener(language);
  }

  /** Saves what is typed and lets go of the shared models. */
  public void close() {
    onSaveNotes();
    session.conferenceProperty().removeListener(conferenceChanged);
    session.outcomesProperty().removeListener(outcomes);
    i18n.messagesProperty().removeListener(language);
  }

  /** What is typed is saved before the labels are made again in the new language. */
  private void onLanguageChanged() {
    onSaveNotes();
    fill(model.shownProperty().get());
    showSaved();
  }

  /** Only the status of the same conference changed: nothing to read again. */
  private void changed(SavedConference was, SavedConference is) {
    if (was != null && is != null && was.id() == is.id() && was.conference() == is.conference()) {
      model.setClosed(is.status() == ConferenceStatus.CLOSED);
      return;
    }
    onReload();
  }

  public void onReload() {
    SavedConference c = session.conference();
    notes.clear();
    prefilled.clear();
    suggestions = Map.of();
    if (c == null) {
      model.setSteps(List.of());
      model.show(null, "", "");
      model.setSuggestion("");
      model.setClosed(false);
      model.setAtLastStep(false);
      return;
    }
    model.setClosed(c.status() == ConferenceStatus.CLOSED);
    List<AgendaStep> steps = c.conference().agenda();
    for (int i = 0; i < steps.size(); i++) {
      notes.put(i + 1, Objects.requireNonNullElse(steps.get(i).notes(), ""));
    }
    tasks.run(
        () -> new Read(agenda.progress(c.id()), agenda.suggestions(c.id())),
        read -> {
          show(read);
          fill(progress.current() != null ? progress.current() : 1);
        },
        this::fail);
  }

  public void onNext() {
    Integer current = progress.current();
    onGoTo(current == null ? 1 : current + 1);
  }

  public void onPrevious() {
    Integer current = progress.current();
    if (current != null && current > 1) {
      onGoTo(current - 1);
    }
  }

  /** Makes a step current, saving the notes of the step shown first. */
  public void onGoTo(int position) {
    SavedConference c = session.conference();
    if (c == null
        || c.status() == ConferenceStatus.CLOSED
        || position < 1
        || position > c.conference().agenda().size()) {
      return;
    }
    onSaveNotes();
    tasks.run(
        () -> {
          ConferenceStatus status = agenda.goToStep(c.id(), position);
          return new Read(agenda.progress(c.id()), agenda.suggestions(c.id()), status);
        },
        read -> {
          show(read);
          fill(position);
        },
        this::fail);
  }

  /**
   * Shows another step's notes without making it current; its suggestion is made again, since
   * check-ins do not pass through the session.
   */
  public void onShow(int position) {
    onSaveNotes();
    fill(position);
    onFactsChanged();
  }

  /** Something recorded changed (a vote, attendance): the suggestions are made again. */
  public void onFactsChanged() {
    SavedConference c = session.conference();
    showOpenItems();
    if (c == null) {
      return;
    }
    tasks.run(
        () -> new Read(agenda.progress(c.id()), agenda.suggestions(c.id())),
        read -> {
          show(read);
          refreshSuggestion();
        },
        this::fail);
  }

  /** Adds the suggestion after the notes the secretary has written; never replaces them. */
  public void onInsertSuggestion() {
    String suggestion = model.suggestionProperty().get();
    if (suggestion.isEmpty()) {
      return;
    }
    String typed = Objects.requireNonNullElse(model.notesProperty().get(), "");
    model
        .notesProperty()
        .set(typed.isBlank() ? suggestion : typed.stripTrailing() + "\n" + suggestion);
    onSaveNotes();
  }

  /** The last step is done: the conference closes, once the secretary confirms. */
  public void onFinish() {
    SavedConference c = session.conference();
    if (c == null || c.status() == ConferenceStatus.CLOSED) {
      return;
    }
    if (!dialogs.confirm(i18n.tr("agenda.finish.title"), i18n.tr("agenda.finish.confirm"))) {
      return;
    }
    onSaveNotes();
    tasks.run(
        () -> {
          ConferenceStatus status = agenda.finish(c.id());
          return new Read(agenda.progress(c.id()), agenda.suggestions(c.id()), status);
        },
        read -> {
          show(read);
          fill(model.shownProperty().get());
        },
        this::fail);
  }

  /** Reopens a closed conference for corrections, once the secretary confirms. */
  public void onReopen() {
    SavedConference c = session.conference();
    if (c == null || c.status() != ConferenceStatus.CLOSED) {
      return;
    }
    if (!dialogs.confirm(i18n.tr("agenda.reopen.title"), i18n.tr("agenda.reopen.confirm"))) {
      return;
    }
    tasks.run(
        () -> {
          ConferenceStatus status = agenda.reopen(c.id());
          return new Read(agenda.progress(c.id()), agenda.suggestions(c.id()), status);
        },
        read -> {
          show(read);
          fill(model.shownProperty().get());
        },
        this::fail);
  }

  public void onSaveNotes() {
    SavedConference c = session.conference();
    Integer shown = model.shownProperty().get();
    if (c == null || shown == null) {
      return;
    }
    String typed = Objects.requireNonNullElse(model.notesProperty().get(), "");
    if (typed.equals(notes.get(shown))) {
      return;
    }
    notes.put(shown, typed);
    showOpenItems();
    tasks.run(
        () -> {
          agenda.saveNotes(c.id(), shown, typed);
          return null;
        },
        ignored -> {
          savedAt = Instant.now();
          showSaved();
        },
        this::fail);
  }

  /** What a task read back: where the agenda stands, the suggestions, the status if it changed. */
  private record Read(
      AgendaProgress progress, Map<Integer, String> suggestions, ConferenceStatus status) {
    Read(AgendaProgress progress, Map<Integer, String> suggestions) {
      this(progress, suggestions, null);
    }
  }

  private void show(Read read) {
    progress = read.progress();
    suggestions = read.suggestions();
    session.setCurrentStep(progress.current());
    if (read.status() != null) {
      session.setStatus(read.status());
      model.setClosed(read.status() == ConferenceStatus.CLOSED);
    }
  }

  /** "Notes saved at …" in the language of the moment. */
  private void showSaved() {
    model.setSaved(
        savedAt == null
            ? ""
            : i18n.tr("agenda.saved", TIME.format(savedAt.atZone(ZoneId.systemDefault()))));
  }

  private void fill(Integer position) {
    SavedConference c = session.conference();
    if (c == null || position == null) {
      return;
    }
    List<AgendaStep> steps = c.conference().agenda();
    Integer current = progress.current();
    model.setSteps(
        IntStream.rangeClosed(1, steps.size())
            .mapToObj(
                p ->
                    new AgendaModel.StepItem(
                        p, steps.get(p - 1).title(), state(p, current), Objects.equals(p, current)))
            .toList());
    model.setAtLastStep(current != null && current == steps.size());
    int shown = Math.min(Math.max(position, 1), steps.size());
    model.show(shown, shown + ". " + steps.get(shown - 1).title(), timing(shown));
    model.notesProperty().set(notes.getOrDefault(shown, ""));
    refreshSuggestion();
    showOpenItems();
  }

  /**
   * Shows the shown step's suggestion, and puts it into the notes when they are empty or still hold
   * an earlier suggestion untouched: never over words the secretary wrote.
   */
  private void refreshSuggestion() {
    Integer shown = model.shownProperty().get();
    if (shown == null) {
      model.setSuggestion("");
      return;
    }
    String suggestion = suggestions.getOrDefault(shown, "");
    model.setSuggestion(suggestion);
    String typed = Objects.requireNonNullElse(model.notesProperty().get(), "");
    boolean untouched = typed.isBlank() || typed.equals(prefilled.get(shown));
    if (untouched && !suggestion.isEmpty() && !typed.equals(suggestion)) {
      prefilled.put(shown, suggestion);
      model.notesProperty().set(suggestion);
    }
  }

  /** Votes not yet decided and steps without notes, by number: what the minutes still wait for. */
  private void showOpenItems() {
    SavedConference c = session.conference();
    if (c == null) {
      model.setOpenItems("");
      return;
    }
    List<String> votes =
        session.outcomesProperty().get().stream()
            .filter(o -> !o.decided())
            .map(o -> Integer.toString(o.position()))
            .toList();
    List<String> steps =
        IntStream.rangeClosed(1, c.conference().agenda().size())
            .filter(p -> notes.getOrDefault(p, "").isBlank())
            .mapToObj(Integer::toString)
            .toList();
    if (votes.isEmpty() && steps.isEmpty()) {
      model.setOpenItems(i18n.tr("agenda.open.none"));
      return;
    }
    String none = i18n.tr("agenda.open.nothing");
    model.setOpenItems(
        i18n.tr(
            "agenda.open.items",
            votes.isEmpty() ? none : String.join(", ", votes),
            steps.isEmpty() ? none : String.join(", ", steps)));
  }

  private String state(int position, Integer current) {
    if (Objects.equals(position, current)) {
      return i18n.tr("agenda.state.current");
    }
    return progress.ended().containsKey(position) ? i18n.tr("agenda.state.done") : "";
  }

  private String timing(int position) {
    Instant start = progress.started().get(position);
    if (start == null) {
      return i18n.tr("agenda.notStarted");
    }
    Instant end = progress.ended().get(position);
    long minutes = Duration.between(start, end == null ? Instant.now() : end).toMinutes();
    return i18n.tr(
        end == null ? "agenda.running" : "agenda.ran",
        TIME.format(start.atZone(ZoneId.systemDefault())),
        minutes);
  }

  private void fail(Throwable t) {
    dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(t, i18n));
  }
}
