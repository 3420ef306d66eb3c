package vn.binhxet.ui.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.PersonDraft;
import vn.binhxet.service.PreparationService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EditorState;
import vn.binhxet.ui.common.EditorSupport;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Edits the delegates and guests: each save, removal and move is stored at once. A late guest may
 * be added while the conference runs; someone checked in stays (decision 0011).
 */
public final class PeopleController implements EditorPane.Actions {
  private final PeopleModel model;
  private final SessionModel session;
  private final PreparationService preparation;
  private final DialogService dialogs;
  private final I18n i18n;
  private final EditorSupport support;
  private final InvalidationListener reload = o -> fill();
  private final InvalidationListener relabel =
      o -> {
        fill();
        support().showSaved();
      };

  public PeopleController(
      PeopleModel model,
      SessionModel session,
      PreparationService preparation,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.preparation = preparation;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.support =
        new EditorSupport(
            model.state(),
            tasks,
            i18n,
            Set.of(
                PeopleModel.KIND,
                PeopleModel.FULL_NAME,
                PeopleModel.TITLE,
                PeopleModel.UNIT,
                PeopleModel.ORGANISATION,
                PeopleModel.ROLE,
                PeopleModel.ENTITLED),
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

  private List<Participant> people() {
    SavedConference c = session.conference();
    return c == null ? List.of() : c.conference().participants();
  }

  private void fill() {
    SavedConference c = session.conference();
    model.setUnits(
        c == null ? List.of() : c.conference().members().stream().map(Unit::name).toList());
    List<Participant> people = people();
    List<EditorState.Row> rows = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Participant p = people.get(i);
      String where = p.unitName() != null ? p.unitName() : p.organisation();
      rows.add(
          new EditorState.Row(
              List.of(
                  Integer.toString(i + 1),
                  p.fullName() == null ? i18n.tr("conference.unnamed") : p.fullName(),
                  p.title() == null ? "" : p.title(),
                  where == null ? "" : where,
                  p.role() == Role.NONE
                      ? i18n.tr("kind." + p.kind().name())
                      : i18n.tr("role." + p.role().name()),
                  p.entitledToVote() ? "✓" : "")));
    }
    model.state().setRows(rows, model.state().selectedProperty().get());
  }

  @Override
  public void onSelect(int index) {
    List<Participant> people = people();
    if (index < 0 || index >= people.size()) {
      return;
    }
    Participant p = people.get(index);
    model.state().select(index);
    model.kindProperty().set(p.kind());
    model.fullNameProperty().set(orEmpty(p.fullName()));
    model.titleProperty().set(orEmpty(p.title()));
    model.unitProperty().set(orEmpty(p.unitName()));
    model.organisationProperty().set(orEmpty(p.organisation()));
    model.roleProperty().set(p.role());
    model.entitledProperty().set(p.entitledToVote());
    support.clear();
  }

  /** A new person keeps the kind and unit just used: delegates are typed unit by unit. */
  @Override
  public void onNew() {
    model.state().select(-1);
    model.fullNameProperty().set("");
    model.titleProperty().set("");
    model.roleProperty().set(Role.NONE);
    model.entitledProperty().set(model.kindProperty().get() == ParticipantKind.DELEGATE);
    support.clear();
  }

  private PersonDraft draft() {
    return new PersonDraft(
        model.kindProperty().get(),
        model.fullNameProperty().get(),
        model.titleProperty().get(),
        model.unitProperty().get(),
        model.organisationProperty().get(),
        model.roleProperty().get(),
        model.entitledProperty().get());
  }

  @Override
  public void onSave() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    int index = model.state().selectedProperty().get();
    PersonDraft draft = draft();
    if (index < 0) {
      support.change(
          () -> preparation.addPerson(c.id(), draft),
          p -> {
            onNew();
            model.state().setMessage(i18n.tr("prep.person.added"), false);
          });
    } else {
      support.change(() -> preparation.changePerson(c.id(), index + 1, draft), p -> {});
    }
  }

  @Override
  public void onDelete() {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    if (c == null || index < 0) {
      return;
    }
    String who = model.state().rows().get(index).cell(1);
    if (!dialogs.confirm(i18n.tr("prep.delete.title"), i18n.tr("prep.person.confirmDelete", who))) {
      return;
    }
    support.change(
        () -> preparation.removePerson(c.id(), index + 1),
        p -> {
          onNew();
          model.state().setMessage(i18n.tr("prep.removed", who), false);
        });
  }

  @Override
  public void onMove(int delta) {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    int to = index + delta;
    if (c == null || index < 0 || to < 0 || to >= people().size()) {
      return;
    }
    support.change(
        () -> preparation.movePerson(c.id(), index + 1, to + 1), p -> model.state().select(to));
  }

  /** For the import: adds the confirmed delegates and guests, all or none. */
  public void onAddPeople(List<PersonDraft> people, Runnable done, Consumer<Throwable> refused) {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    support.change(
        () -> preparation.addPeople(c.id(), people),
        p -> {
          model.state().setMessage(i18n.tr("prep.person.imported", people.size()), false);
          done.run();
        },
        refused);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
