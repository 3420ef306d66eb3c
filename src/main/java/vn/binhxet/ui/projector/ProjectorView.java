package vn.binhxet.ui.projector;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.session.Blanking;
import vn.binhxet.ui.session.ProjectorScene;
import vn.binhxet.ui.session.SessionModel;

/**
 * What the projector shows: the slide of the session's scene (or its blanking), rebuilt in the same
 * pulse as the session changes. Every size is in em of the root's font size, which follows the
 * view's own size, so the projector window and the console's small preview are one layout.
 */
public final class ProjectorView {
  static final String STYLESHEET =
      Objects.requireNonNull(ProjectorView.class.getResource("hall.css")).toExternalForm();

  /**
   * Lines of body text that fit the height: the root font is the height divided by this (or the
   * width by {@link #COLUMNS}, on a screen narrower than 4:3).
   */
  private static final double LINES = 27;

  private static final double COLUMNS = 36;

  private final SessionModel session;
  private final StackPane root = new StackPane();
  private final Slides slides;
  private final VoteSlide vote;
  private final InvalidationListener refresh = o -> refresh();
  private final List<Observable> watched;

  public ProjectorView(SessionModel session, I18n i18n) {
    this.session = session;
    this.slides = new Slides(session, i18n);
    this.vote = new VoteSlide(session, i18n, slides);
    root.setId("projector");
    root.getStyleClass().add("projector");
    root.getStylesheets().add(STYLESHEET);
    root.setMinSize(0, 0);
    root.styleProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    String.format(
                        Locale.ROOT,
                        "-fx-font-size: %.2fpx;",
                        fontSize(root.getWidth(), root.getHeight())),
                root.widthProperty(),
                root.heightProperty()));
    watched =
        List.of(
            session.conferenceProperty(),
            session.currentStepProperty(),
            session.sceneProperty(),
            session.voteOnScreenProperty(),
            session.attendanceOnScreenProperty(),
            session.blankingProperty(),
            i18n.messagesProperty());
    watched.forEach(o -> o.addListener(refresh));
    refresh();
  }

  /** The root font size for a view of this size: readable at the back of the hall. */
  static double fontSize(double width, double height) {
    if (width <= 0 || height <= 0) {
      return 12;
    }
    return Math.max(6, Math.min(height / LINES, width / COLUMNS));
  }

  public Region node() {
    return root;
  }

  /** Stops following the session: the window or preview is gone. */
  public void dispose() {
    watched.forEach(o -> o.removeListener(refresh));
  }

  private void refresh() {
    // Reading every watched binding revalidates it, so the next change is reported again.
    ProjectorScene scene = session.sceneProperty().get();
    session.voteOnScreenProperty().get();
    session.attendanceOnScreenProperty().get();
    Blanking blanking = session.blankingProperty().get();
    Node slide =
        switch (blanking) {
          case BLACK -> black();
          case TITLE -> slides.title();
          case OFF ->
              switch (scene) {
                case TITLE -> slides.title();
                case AGENDA -> slides.agenda();
                case ATTENDANCE -> slides.attendance();
                case VOTE -> vote.node();
                case HEAD -> slides.head();
                case CLOSING -> slides.closing();
              };
        };
    root.getChildren().setAll(slide);
  }

  private static Node black() {
    Region black = new Region();
    black.setId("projector-black");
    black.getStyleClass().add("blank-black");
    return black;
  }
}
