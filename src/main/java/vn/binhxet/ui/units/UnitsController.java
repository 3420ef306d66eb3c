package vn.binhxet.ui.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.PreparationService;
import vn.binhxet.service.Prepared;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EditorState;
import vn.binhxet.ui.common.EditorSupport;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Edits the member units of the open conference: each save, removal, move or carry-over is stored
 * at once and shown to every screen through the session.
 */
public final class UnitsController implements EditorPane.Actions {
  private final UnitsModel model;
  private final SessionModel session;
  private final PreparationService preparation;
  private final DialogService dialogs;
  private final I18n i18n;
  private final EditorSupport support;
  private final InvalidationListener reload = o -> fill();
  private final InvalidationListener relabel = o -> support().showSaved();

  public UnitsController(
      UnitsModel model,
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
            Set.of(UnitsModel.NAME, UnitsModel.SHORT_NAME),
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

  private List<Unit> units() {
    SavedConference c = session.conference();
    return c == null ? List.of() : c.conference().members();
  }

  private void fill() {
    List<Unit> units = units();
    List<EditorState.Row> rows = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      rows.add(
          new EditorState.Row(
              List.of(
                  Integer.toString(i + 1), u.name(), u.shortName() == null ? "" : u.shortName())));
    }
    int selected = model.state().selectedProperty().get();
    model.state().setRows(rows, selected);
  }

  @Override
  public void onSelect(int index) {
    List<Unit> units = units();
    if (index < 0 || index >= units.size()) {
      return;
    }
    model.state().select(index);
    model.nameProperty().set(units.get(index).name());
    model
        .shortNameProperty()
        .set(units.get(index).shortName() == null ? "" : units.get(index).shortName());
    support.clear();
  }

  @Override
  public void onNew() {
    model.state().select(-1);
    model.nameProperty().set("");
    model.shortNameProperty().set("");
    support.clear();
  }

  @Override
  public void onSave() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    int index = model.state().selectedProperty().get();
    String name = model.nameProperty().get();
    String shortName = model.shortNameProperty().get();
    if (index < 0) {
      support.change(
          () -> preparation.addUnit(c.id(), name, shortName),
          p -> {
            // Ready for the next unit: the secretary types a list.
            onNew();
            model.state().setMessage(i18n.tr("prep.unit.added", name.strip()), false);
          });
    } else {
      String old = units().get(index).name();
      support.change(() -> preparation.changeUnit(c.id(), old, name, shortName), p -> {});
    }
  }

  @Override
  public void onDelete() {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    if (c == null || index < 0) {
      return;
    }
    String name = units().get(index).name();
    if (!dialogs.confirm(i18n.tr("prep.delete.title"), i18n.tr("prep.unit.confirmDelete", name))) {
      return;
    }
    support.change(
        () -> preparation.removeUnit(c.id(), name),
        p -> {
          onNew();
          model.state().setMessage(i18n.tr("prep.removed", name), false);
        });
  }

  @Override
  public void onMove(int delta) {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    int to = index + delta;
    if (c == null || index < 0 || to < 0 || to >= units().size()) {
      return;
    }
    String name = units().get(index).name();
    support.change(() -> preparation.moveUnit(c.id(), name, to + 1), p -> model.state().select(to));
  }

  /** Brings in last year's units and delegates. */
  public void onCarryOver() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    PreparationService.CarriedOver[] carried = new PreparationService.CarriedOver[1];
    support.change(
        () -> {
          carried[0] = preparation.carryOver(c.id());
          return carried[0].prepared();
        },
        p ->
            model
                .state()
                .setMessage(
                    i18n.tr(
                        "prep.carry.done",
                        carried[0].units(),
                        carried[0].people(),
                        carried[0].fromYear()),
                    false));
  }

  /** For the import: adds the confirmed units, all or none. */
  public void onAddUnits(List<Unit> units, Runnable done, Consumer<Throwable> refused) {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    support.change(
        () -> preparation.addUnits(c.id(), units),
        (Prepared p) -> {
          model.state().setMessage(i18n.tr("prep.import.done", units.size()), false);
          done.run();
        },
        refused);
  }

  Conference conference() {
    return session.conference() == null ? null : session.conference().conference();
  }
}
