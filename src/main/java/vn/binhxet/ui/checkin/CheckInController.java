package vn.binhxet.ui.checkin;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.vote.Share;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.RuleWords;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Ticks units in and out as they arrive; every tick is saved at once and the quorum follows. The
 * quorum shown is the one of the conference's first award (the cluster's usual rule), else its
 * first vote.
 */
public final class CheckInController {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final CheckInModel model;
  private final SessionModel session;
  private final VoteService votes;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final InvalidationListener reload = o -> onReload();
  private Map<String, Boolean> attendance = Map.of();
  private LocalTime savedAt;

  private final javafx.beans.InvalidationListener language =
      o -> {
        show(attendance);
        showSaved();
      };

  public CheckInController(
      CheckInModel model,
      SessionModel session,
      VoteService votes,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.votes = votes;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    session.conferenceProperty().addListener(reload);
    i18n.messagesProperty().addListener(language);
  }

  public void close() {
    session.conferenceProperty().removeListener(reload);
    i18n.messagesProperty().removeListener(language);
  }

  /** The open conference changed: read its attendance. */
  public void onReload() {
    SavedConference c = session.conference();
    if (c == null) {
      attendance = Map.of();
      model.setUnits(List.of());
      model.setQuorum("", false);
      return;
    }
    tasks.run(() -> votes.attendance(c.id()), this::show, this::fail);
    tasks.run(() -> votes.delegatesPresent(c.id()), this::showPeople, this::fail);
  }

  /** A delegate or guest was ticked in or out. */
  public void onToggleDelegate(int position, boolean present) {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    tasks.run(
        () -> {
          votes.checkInDelegate(c.id(), position, present);
          return votes.delegatesPresent(c.id());
        },
        now -> {
          showPeople(now);
          savedAt = LocalTime.now();
          showSaved();
        },
        this::fail);
  }

  private void showPeople(Map<Integer, java.time.Instant> here) {
    SavedConference saved = session.conference();
    if (saved == null) {
      return;
    }
    List<vn.binhxet.domain.Participant> people = saved.conference().participants();
    List<CheckInModel.PersonRow> rows = new java.util.ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      vn.binhxet.domain.Participant p = people.get(i);
      java.time.Instant at = here.get(i + 1);
      String who =
          p.fullName() != null
              ? p.fullName() + (p.title() == null ? "" : " — " + p.title())
              : p.title() != null ? p.title() : i18n.tr("role." + p.role().name());
      rows.add(
          new CheckInModel.PersonRow(
              i + 1,
              who,
              at != null,
              at == null ? "" : TIME.format(at.atZone(java.time.ZoneId.systemDefault()))));
    }
    model.setPeople(rows);
  }

  /** A unit was ticked in or out. */
  public void onToggle(String unit, boolean present) {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    tasks.run(
        () -> {
          votes.checkIn(c.id(), unit, present);
          return votes.attendance(c.id());
        },
        now -> {
          show(now);
          savedAt = LocalTime.now();
          showSaved();
        },
        failure -> {
          fail(failure);
          onReload();
        });
  }

  /** "Saved at …" in the language of the moment, so that a switch relabels it too. */
  private void showSaved() {
    model.setSaved(savedAt == null ? "" : i18n.tr("checkin.saved", savedAt.format(TIME)));
  }

  private void show(Map<String, Boolean> now) {
    attendance = now;
    SavedConference saved = session.conference();
    if (saved == null) {
      return;
    }
    session.setAttendance(now);
    Conference c = saved.conference();
    model.setUnits(
        c.members().stream()
            .map(Unit::name)
            .map(name -> new CheckInModel.UnitRow(name, now.getOrDefault(name, false)))
            .toList());
    long present = c.members().stream().filter(u -> now.getOrDefault(u.name(), false)).count();
    VoteRule rule =
        !c.awards().isEmpty()
            ? c.awards().get(0).rule()
            : c.votes().isEmpty() ? null : c.votes().get(0).rule();
    if (rule == null) {
      model.setQuorum(i18n.tr("checkin.present", present, c.members().size()), true);
      return;
    }
    boolean met = new Share(present, c.members().size()).meets(rule.quorumOp(), rule.quorum());
    model.setQuorum(
        i18n.tr(
            met ? "checkin.quorum.met" : "checkin.quorum.notMet",
            present,
            c.members().size(),
            i18n.tr("rule.op." + rule.quorumOp().name()),
            RuleWords.fraction(rule.quorum())),
        met);
  }

  private void fail(Throwable t) {
    dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(t, i18n));
  }
}
