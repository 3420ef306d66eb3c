package vn.binhxet.ui.common;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.Prepared;
import vn.binhxet.service.Problem;

/**
 * Runs an editor's change through the task runner and tells the screen how it went: saved (and
 * when), or refused with each problem next to its field and the rest on the message line.
 */
public final class EditorSupport {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final EditorState state;
  private final TaskRunner tasks;
  private final I18n i18n;
  private final Set<String> fields;
  private final Consumer<Prepared> publish;
  private LocalTime savedAt;

  /**
   * @param fields the fields the form shows, whose problems sit next to them
   * @param publish hands the stored conference to the session, so every screen follows
   */
  public EditorSupport(
      EditorState state,
      TaskRunner tasks,
      I18n i18n,
      Set<String> fields,
      Consumer<Prepared> publish) {
    this.state = state;
    this.tasks = tasks;
    this.i18n = i18n;
    this.fields = Set.copyOf(fields);
    this.publish = publish;
  }

  public void change(Callable<Prepared> work, Consumer<Prepared> after) {
    change(work, after, t -> {});
  }

  /** The same; {@code refused} also hears of a failure, for a screen laid over the editor. */
  public void change(
      Callable<Prepared> work, Consumer<Prepared> after, Consumer<Throwable> refused) {
    tasks.run(
        work,
        p -> {
          savedAt = LocalTime.now();
          state.setProblems(List.of());
          state.setMessage("", false);
          publish.accept(p);
          showSaved();
          after.accept(p);
        },
        t -> {
          fail(t);
          refused.accept(t);
        });
  }

  /** "Saved at …" in the language of the moment. */
  public void showSaved() {
    state.setSaved(savedAt == null ? "" : i18n.tr("prep.saved", savedAt.format(TIME)));
  }

  public void fail(Throwable t) {
    if (t instanceof InvalidInputException e) {
      List<Problem> inForm = new ArrayList<>();
      List<String> elsewhere = new ArrayList<>();
      for (Problem p : e.problems()) {
        if (fields.contains(p.field())) {
          inForm.add(p);
        } else {
          elsewhere.add(i18n.tr(p.messageKey(), p.args().toArray()));
        }
      }
      state.setProblems(inForm);
      state.setMessage(
          elsewhere.isEmpty() ? i18n.tr("prep.fix") : String.join("\n", elsewhere), true);
      return;
    }
    state.setMessage(ErrorMessages.describe(t, i18n), true);
  }

  public void clear() {
    state.setProblems(List.of());
    state.setMessage("", false);
  }
}
