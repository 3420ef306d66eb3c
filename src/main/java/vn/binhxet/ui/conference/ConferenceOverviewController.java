package vn.binhxet.ui.conference;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.RuleWords;
import vn.binhxet.ui.conference.ConferenceOverviewModel.Row;
import vn.binhxet.ui.session.SessionModel;

/**
 * Fills the overview from the open conference, again whenever the conference or the language
 * changes. {@link #close} releases what it subscribed to.
 */
public final class ConferenceOverviewController {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ConferenceOverviewModel model;
  private final SessionModel session;
  private final I18n i18n;
  private final InvalidationListener refresh = o -> fill();

  public ConferenceOverviewController(
      ConferenceOverviewModel model, SessionModel session, I18n i18n) {
    this.model = model;
    this.session = session;
    this.i18n = i18n;
    session.conferenceProperty().addListener(refresh);
    session.outcomesProperty().addListener(refresh);
    i18n.messagesProperty().addListener(refresh);
    fill();
  }

  public void close() {
    session.conferenceProperty().removeListener(refresh);
    session.outcomesProperty().removeListener(refresh);
    i18n.messagesProperty().removeListener(refresh);
  }

  private void fill() {
    SavedConference saved = session.conference();
    if (saved == null) {
      model.set("", "", "", "", "", "", "", "", false);
      model.setRows(List.of(), List.of(), List.of(), List.of());
      model.setResults(List.of());
      return;
    }
    Conference c = saved.conference();
    String none = i18n.tr("conference.none");
    model.set(
        c.title(),
        c.clusterName(),
        c.heldOn().format(DATE),
        c.place(),
        c.hostUnitName() == null ? none : c.hostUnitName(),
        Integer.toString(c.reviewYear()),
        i18n.tr("style." + c.header().style().name()),
        i18n.tr("status." + saved.status().name()),
        c.illustrative());

    List<Row> units = new ArrayList<>();
    for (int i = 0; i < c.members().size(); i++) {
      units.add(new Row(List.of(Integer.toString(i + 1), c.members().get(i).name())));
    }
    List<Row> people = new ArrayList<>();
    for (int i = 0; i < c.participants().size(); i++) {
      Participant p = c.participants().get(i);
      String unit = p.unitName() != null ? p.unitName() : p.organisation();
      people.add(
          new Row(
              List.of(
                  Integer.toString(i + 1),
                  p.fullName() == null ? i18n.tr("conference.unnamed") : p.fullName(),
                  p.title() == null ? none : p.title(),
                  unit == null ? none : unit,
                  p.role() == Role.NONE
                      ? i18n.tr("kind." + p.kind().name())
                      : i18n.tr("role." + p.role().name()))));
    }
    List<Row> agenda = new ArrayList<>();
    for (int i = 0; i < c.agenda().size(); i++) {
      AgendaStep s = c.agenda().get(i);
      agenda.add(
          new Row(List.of(Integer.toString(i + 1), s.title(), i18n.tr("step." + s.kind().name()))));
    }
    List<Row> awards = new ArrayList<>();
    for (AwardCategory a : c.awards()) {
      String pool =
          a.pool().kind() == CandidatePool.Kind.NOMINEES_OF
              ? i18n.tr("pool.NOMINEES_OF", c.award(a.pool().sourceRank()).name())
              : i18n.tr("pool." + a.pool().kind().name());
      awards.add(
          new Row(
              List.of(
                  Integer.toString(a.rank()),
                  a.name(),
                  Integer.toString(a.quota()),
                  i18n.tr("method." + a.method().name()),
                  RuleWords.threshold(a.rule(), i18n),
                  pool)));
    }
    model.setRows(units, people, agenda, awards);
    model.setResults(ResultRows.of(c, session.outcomesProperty().get(), i18n));
  }
}
