package vn.binhxet.ui.agendaedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.service.ProgrammeService;
import vn.binhxet.service.StepDraft;
import vn.binhxet.ui.agendaedit.AgendaEditModel.VoteChoice;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EditorState;
import vn.binhxet.ui.common.EditorSupport;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.common.VoteTitles;
import vn.binhxet.ui.session.SessionModel;

/**
 * Edits the agenda: add (after the selected step), rename, relink, reorder and remove steps, each
 * stored at once. A step that started keeps its place and its vote (decision 0011).
 */
public final class AgendaEditController implements EditorPane.Actions {
  private final AgendaEditModel model;
  private final SessionModel session;
  private final ProgrammeService programme;
  private final DialogService dialogs;
  private final I18n i18n;
  private final EditorSupport support;
  private final InvalidationListener reload = o -> fill();
  private final InvalidationListener relabel =
      o -> {
        fill();
        support().showSaved();
      };
  private int insertAt = -1;

  public AgendaEditController(
      AgendaEditModel model,
      SessionModel session,
      ProgrammeService programme,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.programme = programme;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.support =
        new EditorSupport(
            model.state(),
            tasks,
            i18n,
            Set.of(AgendaEditModel.KIND, AgendaEditModel.TITLE, AgendaEditModel.VOTE),
            p -> session.setConference(p.conference(), p.outcomes()));
    session.conferenceProperty().addListener(reload);
    i18n.messagesProperty().addListener(relabel);
    fill();
  }

  private EditorSupport support() {
    return support;
  }

  public void close() {
    session.conferenceProperty().removeListener(reload);
    i18n.messagesProperty().removeListener(relabel);
  }

  private List<AgendaStep> steps() {
    SavedConference c = session.conference();
    return c == null ? List.of() : c.conference().agenda();
  }

  private void fill() {
    SavedConference saved = session.conference();
    List<VoteChoice> choices = new ArrayList<>();
    choices.add(new VoteChoice(AgendaEditModel.NO_VOTE, i18n.tr("prep.step.noVote")));
    choices.add(new VoteChoice(AgendaEditModel.NEW_MOTION, i18n.tr("prep.step.newMotion")));
    List<EditorState.Row> rows = new ArrayList<>();
    if (saved != null) {
      Conference c = saved.conference();
      for (int i = 0; i < c.votes().size(); i++) {
        choices.add(new VoteChoice(i + 1, VoteTitles.of(c, c.votes().get(i), i18n)));
      }
      for (int i = 0; i < c.agenda().size(); i++) {
        AgendaStep s = c.agenda().get(i);
        rows.add(
            new EditorState.Row(
                List.of(
                    Integer.toString(i + 1),
                    s.title(),
                    i18n.tr("step." + s.kind().name()),
                    s.votePosition() == null
                        ? ""
                        : VoteTitles.of(c, c.votes().get(s.votePosition() - 1), i18n))));
      }
    }
    VoteChoice shown = model.voteProperty().get();
    model.setVotes(choices);
    // The choice in the form is a record of position and words: take the new words for it.
    if (shown != null) {
      model.voteProperty().set(choice(shown.position()));
    }
    model.state().setRows(rows, model.state().selectedProperty().get());
  }

  private VoteChoice choice(int position) {
    return model.votes().stream()
        .filter(v -> v.position() == position)
        .findFirst()
        .orElse(model.votes().isEmpty() ? null : model.votes().get(0));
  }

  @Override
  public void onSelect(int index) {
    List<AgendaStep> steps = steps();
    if (index < 0 || index >= steps.size()) {
      return;
    }
    AgendaStep s = steps.get(index);
    model.state().select(index);
    insertAt = index + 2;
    model.kindProperty().set(s.kind());
    model.titleProperty().set(s.title());
    model
        .voteProperty()
        .set(choice(s.votePosition() == null ? AgendaEditModel.NO_VOTE : s.votePosition()));
    support.clear();
  }

  /** A new step goes after the one selected last, else at the end. */
  @Override
  public void onNew() {
    int selected = model.state().selectedProperty().get();
    insertAt = selected >= 0 ? selected + 2 : steps().size() + 1;
    model.state().select(-1);
    model.kindProperty().set(AgendaStepKind.OTHER);
    model.titleProperty().set("");
    model.voteProperty().set(choice(AgendaEditModel.NO_VOTE));
    support.clear();
  }

  private StepDraft draft() {
    VoteChoice v = model.voteProperty().get();
    int position = v == null ? AgendaEditModel.NO_VOTE : v.position();
    return new StepDraft(
        model.kindProperty().get(),
        model.titleProperty().get(),
        position > 0 ? position : null,
        position == AgendaEditModel.NEW_MOTION);
  }

  @Override
  public void onSave() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    int index = model.state().selectedProperty().get();
    StepDraft draft = draft();
    if (index < 0) {
      int at = insertAt < 1 || insertAt > steps().size() + 1 ? steps().size() + 1 : insertAt;
      support.change(
          () -> programme.addStep(c.id(), at, draft),
          p -> {
            model.state().select(at - 1);
            onSelect(at - 1);
            model.state().setMessage(i18n.tr("prep.step.added", at), false);
          });
    } else {
      support.change(() -> programme.changeStep(c.id(), index + 1, draft), p -> onSelect(index));
    }
  }

  @Override
  public void onDelete() {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    if (c == null || index < 0) {
      return;
    }
    String title = steps().get(index).title();
    if (!dialogs.confirm(i18n.tr("prep.delete.title"), i18n.tr("prep.step.confirmDelete", title))) {
      return;
    }
    support.change(
        () -> programme.removeStep(c.id(), index + 1),
        p -> {
          onNew();
          model.state().setMessage(i18n.tr("prep.removed", title), false);
        });
  }

  @Override
  public void onMove(int delta) {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    int to = index + delta;
    if (c == null || index < 0 || to < 0 || to >= steps().size()) {
      return;
    }
    support.change(() -> programme.moveStep(c.id(), index + 1, to + 1), p -> onSelect(to));
  }
}
