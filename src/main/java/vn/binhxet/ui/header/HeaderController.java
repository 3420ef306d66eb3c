package vn.binhxet.ui.header;

import java.util.Set;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.service.PreparationService;
import vn.binhxet.ui.common.EditorSupport;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/** Edits the document header; it may change at any time, since it is printed, not counted. */
public final class HeaderController {
  private final HeaderModel model;
  private final SessionModel session;
  private final PreparationService preparation;
  private final I18n i18n;
  private final EditorSupport support;
  private final InvalidationListener reload = o -> onReload();
  private final InvalidationListener relabel = o -> support().showSaved();
  private Long shown;

  public HeaderController(
      HeaderModel model,
      SessionModel session,
      PreparationService preparation,
      TaskRunner tasks,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.preparation = preparation;
    this.i18n = i18n;
    this.support =
        new EditorSupport(
            model.state(),
            tasks,
            i18n,
            Set.of(
                HeaderModel.STYLE,
                HeaderModel.UPPER,
                HeaderModel.LOWER,
                HeaderModel.NUMBER,
                HeaderModel.PLACE,
                HeaderModel.DISTRIBUTION),
            p -> session.setConference(p.conference(), p.outcomes()));
    session.conferenceProperty().addListener(reload);
    i18n.messagesProperty().addListener(relabel);
    onReload();
  }

  private EditorSupport support() {
    return support;
  }

  public void close() {
    session.conferenceProperty().removeListener(reload);
    i18n.messagesProperty().removeListener(relabel);
  }

  /** Another conference was opened: show its header. The same one keeps what is being typed. */
  public void onReload() {
    SavedConference saved = session.conference();
    Long id = saved == null ? null : saved.id();
    if (java.util.Objects.equals(id, shown)) {
      return;
    }
    shown = id;
    support.clear();
    if (saved == null) {
      return;
    }
    Conference c = saved.conference();
    DocumentHeader h = c.header();
    model.styleProperty().set(h.style());
    model.upperProperty().set(orEmpty(h.issuingBodyUpper()));
    model.lowerProperty().set(orEmpty(h.issuingBodyLower()));
    model.numberProperty().set(orEmpty(h.documentNumber()));
    model.placeNameProperty().set(orEmpty(h.datePlaceName()));
    model.distributionProperty().set(orEmpty(c.distribution()));
  }

  public void onSave() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    var style = model.styleProperty().get();
    String upper = model.upperProperty().get();
    String lower = model.lowerProperty().get();
    String number = model.numberProperty().get();
    String place = model.placeNameProperty().get();
    String distribution = model.distributionProperty().get();
    support.change(
        () -> preparation.setHeader(c.id(), style, upper, lower, number, place, distribution),
        p -> {});
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
