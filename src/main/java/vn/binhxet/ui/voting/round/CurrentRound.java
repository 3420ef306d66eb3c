package vn.binhxet.ui.voting.round;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.service.EntryRefusedException;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * The selected vote's latest round, and how an entry into it is saved, for the voting screen's
 * controllers: the work runs on the task runner, the session is refreshed after it (so every panel,
 * the results and the projector follow), and the status line says what was saved and when. A
 * refusal of the checks goes back to the caller, to be shown beside the field at fault.
 */
public final class CurrentRound {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final SessionModel session;
  private final ReadOnlyObjectProperty<Integer> selected;
  private final VoteService votes;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final Clock clock;
  private final EntryStatusModel status;

  public CurrentRound(
      SessionModel session,
      ReadOnlyObjectProperty<Integer> selected,
      VoteService votes,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n,
      Clock clock,
      EntryStatusModel status) {
    this.session = session;
    this.selected = selected;
    this.votes = votes;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.clock = clock;
    this.status = status;
  }

  /**
   * Calls {@code refresh} whenever the conference, its votes, the selection or the language change.
   */
  public void listen(InvalidationListener refresh) {
    session.conferenceProperty().addListener(refresh);
    session.outcomesProperty().addListener(refresh);
    selected.addListener(refresh);
    i18n.messagesProperty().addListener(refresh);
  }

  public void unlisten(InvalidationListener refresh) {
    session.conferenceProperty().removeListener(refresh);
    session.outcomesProperty().removeListener(refresh);
    selected.removeListener(refresh);
    i18n.messagesProperty().removeListener(refresh);
  }

  public SessionModel session() {
    return session;
  }

  public I18n i18n() {
    return i18n;
  }

  public EntryStatusModel status() {
    return status;
  }

  public DialogService dialogs() {
    return dialogs;
  }

  public TaskRunner tasks() {
    return tasks;
  }

  /** The selected vote, or null. */
  public VoteOutcome outcome() {
    Integer position = selected.get();
    List<VoteOutcome> outcomes = session.outcomesProperty().get();
    if (session.conference() == null || position == null || position > outcomes.size()) {
      return null;
    }
    return outcomes.get(position - 1);
  }

  /**
   * Puts the selected vote on the projector as it now stands; the session decides, under the vote's
   * visibility, how much of it the hall sees.
   */
  public void showOnProjector() {
    VoteOutcome o = outcome();
    if (o != null) {
      session.showRound(o.position(), round());
    }
  }

  /** The selected vote's latest round, or null. */
  public RoundRecord round() {
    VoteOutcome o = outcome();
    return o == null || o.rounds().isEmpty() ? null : o.rounds().get(o.rounds().size() - 1);
  }

  public long conferenceId() {
    return session.conference().id();
  }

  /**
   * An entry: {@code work} saves it and returns what the checks warn of; the status line then says
   * {@code what} was saved, and {@code saved} gets the warnings. A refusal goes to {@code refused}
   * with the checks that failed (none when something else refused it), nothing stored. Both
   * callbacks run on the FX thread.
   */
  public void enter(
      Callable<List<Finding>> work,
      String what,
      Consumer<List<Finding>> saved,
      Consumer<List<Finding>> refused) {
    tasks.run(
        () -> new Saved(work.call(), votes.outcomes(conferenceId())),
        done -> {
          status.setMessage("");
          status.setSaved(i18n.tr("voting.saved", now(), what));
          session.setConference(session.conference(), done.outcomes());
          showOnProjector();
          saved.accept(done.warnings());
        },
        failure -> {
          if (failure instanceof EntryRefusedException e) {
            refused.accept(e.findings());
            return;
          }
          if (failure instanceof InvalidInputException) {
            status.setMessage(ErrorMessages.describe(failure, i18n));
          } else {
            fail(failure);
          }
          // Refused for another reason than a check: no field is at fault.
          refused.accept(List.of());
        });
  }

  /** A change of the round itself (open, close, reopen…): errors are told, not kept. */
  public void change(Callable<?> work, Runnable after) {
    tasks.run(
        () -> {
          work.call();
          return votes.outcomes(conferenceId());
        },
        outcomes -> {
          status.setMessage("");
          session.setConference(session.conference(), outcomes);
          showOnProjector();
          after.run();
        },
        failure -> {
          if (failure instanceof InvalidInputException) {
            status.setMessage(ErrorMessages.describe(failure, i18n));
          } else {
            fail(failure);
          }
        });
  }

  /** A finding in words, with its code first: the code is what the minutes and the log use. */
  public String describe(Finding f) {
    return f.check().code() + ": " + i18n.tr(f.check().messageKey(), f.args().toArray());
  }

  public String describe(List<Finding> findings) {
    return findings.stream().map(this::describe).collect(Collectors.joining("\n"));
  }

  public FieldProblem problem(Finding f) {
    return new FieldProblem(describe(f), f.isError());
  }

  public void fail(Throwable t) {
    dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(t, i18n));
  }

  private String now() {
    return LocalTime.ofInstant(clock.instant(), ZoneId.systemDefault()).format(TIME);
  }

  private record Saved(List<Finding> warnings, List<VoteOutcome> outcomes) {}
}
