package vn.binhxet.ui.projectorcontrol;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.common.VoteTitles;
import vn.binhxet.ui.session.Blanking;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.session.VoteOnScreen;

/**
 * Opens, closes and blanks the projector, and stores the result visibility of the vote it shows.
 * Blanking is written to the session, so the projector and the preview follow it together.
 */
public final class ProjectorControlController {
  private final ProjectorControlModel model;
  private final SessionModel session;
  private final VoteService votes;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final InvalidationListener refresh = o -> fill();
  private final List<Observable> watched;
  private int screens = 1;

  public ProjectorControlController(
      ProjectorControlModel model,
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
    watched =
        List.of(
            session.voteOnScreenProperty(),
            session.visibilitiesProperty(),
            session.blankingProperty(),
            i18n.messagesProperty());
    watched.forEach(o -> o.addListener(refresh));
    fill();
  }

  public void close() {
    watched.forEach(o -> o.removeListener(refresh));
  }

  public void onOpen() {
    model.setOpen(true);
  }

  public void onClose() {
    model.setOpen(false);
  }

  public void onToggleOpen() {
    model.setOpen(!model.openProperty().get());
  }

  /** The projector window was closed from outside the console (its own close box). */
  public void onClosed() {
    model.setOpen(false);
  }

  /** {@code count} screens are connected now. */
  public void onScreens(int count) {
    screens = count;
    fill();
  }

  /** Black, or back from black. */
  public void onBlack() {
    toggle(Blanking.BLACK);
  }

  /** The conference title, or back from it. */
  public void onTitle() {
    toggle(Blanking.TITLE);
  }

  public void onUnblank() {
    session.setBlanking(Blanking.OFF);
  }

  /** The secretary chose what the projector shows of the vote on it; stored, then shown. */
  public void onSetVisibility(ResultVisibility value) {
    VoteOnScreen v = session.voteOnScreenProperty().get();
    SavedConference c = session.conference();
    if (v == null || c == null || value == null || session.visibilityOf(v.position()) == value) {
      return;
    }
    int position = v.position();
    tasks.run(
        () -> {
          votes.setVisibility(c.id(), position, value);
          return null;
        },
        ignored -> session.setVisibility(position, value),
        failure -> {
          fill();
          dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(failure, i18n));
        });
  }

  private void toggle(Blanking b) {
    session.setBlanking(session.blankingProperty().get() == b ? Blanking.OFF : b);
  }

  private void fill() {
    model.setBlanking(session.blankingProperty().get());
    model.setScreens(
        i18n.tr(screens > 1 ? "projector.control.screens.two" : "projector.control.screens.one"));
    VoteOnScreen v = session.voteOnScreenProperty().get();
    SavedConference c = session.conference();
    if (v == null || c == null) {
      model.setVote(i18n.tr("projector.control.noVote"), false, null, "");
      return;
    }
    ResultVisibility visibility = session.visibilityOf(v.position());
    boolean secret = v.vote().method() == VotingMethod.SECRET_BALLOT;
    model.setVote(
        i18n.tr(
            "projector.control.vote", v.position(), VoteTitles.of(c.conference(), v.vote(), i18n)),
        true,
        visibility,
        i18n.tr(
            "projector.visibility.note."
                + (secret && visibility == ResultVisibility.LIVE ? "SECRET" : visibility.name())));
  }
}
