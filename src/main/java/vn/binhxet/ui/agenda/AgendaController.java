package vn.binhxet.ui.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.AgendaStep;
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
 */
public final class AgendaController {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final AgendaModel model;
  private final SessionModel session;
  private final AgendaService agenda;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final InvalidationListener reload = o -> onReload();
  private final InvalidationListener outcomes = o -> showOpenItems();
  private final Map<Integer, String> notes = new HashMap<>();
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
    session.conferenceProperty().addListener(reload);
    session.outcomesProperty().addListener(outcomes);
    i18n.messagesProperty()
        .addListener(
            o -> {
              fill(model.shownProperty().get());
              showSaved();
            });
  }

  public void close() {
    session.conferenceProperty().removeListener(reload);
    session.outcomesProperty().removeListener(outcomes);
  }

  public void onReload() {
    SavedConference c = session.conference();
    notes.clear();
    if (c == null) {
      model.setSteps(List.of());
      model.show(null, "", "");
      return;
    }
    List<AgendaStep> steps = c.conference().agenda();
    for (int i = 0; i < steps.size(); i++) {
      notes.put(i + 1, Objects.requireNonNullElse(steps.get(i).notes(), ""));
    }
    tasks.run(
        () -> agenda.progress(c.id()),
        p -> {
          progress = p;
          session.setCurrentStep(p.current());
          fill(p.current() != null ? p.current() : 1);
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
    if (c == null || position < 1 || position > c.conference().agenda().size()) {
      return;
    }
    onSaveNotes();
    tasks.run(
        () -> {
          agenda.goToStep(c.id(), position);
          return agenda.progress(c.id());
        },
        p -> {
          progress = p;
          session.setCurrentStep(p.current());
          fill(position);
        },
        this::fail);
  }

  /** Shows another step's notes without making it current. */
  public void onShow(int position) {
    onSaveNotes();
    fill(position);
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
        java.util.stream.IntStream.rangeClosed(1, steps.size())
            .mapToObj(
                p ->
                    new AgendaModel.StepItem(
                        p, steps.get(p - 1).title(), state(p, current), Objects.equals(p, current)))
            .toList());
    int shown = Math.min(Math.max(position, 1), steps.size());
    model.show(shown, shown + ". " + steps.get(shown - 1).title(), timing(shown));
    model.notesProperty().set(notes.getOrDefault(shown, ""));
    showOpenItems();
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
        java.util.stream.IntStream.rangeClosed(1, c.conference().agenda().size())
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
