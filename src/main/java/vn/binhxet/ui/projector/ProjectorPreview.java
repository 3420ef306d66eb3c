package vn.binhxet.ui.projector;

import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.session.SessionModel;

/**
 * The console's small live picture of the projector: a second projector view over the same session,
 * laid out at a projector's size and scaled down, so it shows exactly what the hall sees.
 */
public final class ProjectorPreview {
  /** The projector size the preview is laid out at: 16:9, like most projectors now. */
  private static final double VIRTUAL_WIDTH = 1280;

  private static final double VIRTUAL_HEIGHT = 720;

  private final ProjectorView view;
  private final Pane frame = new Pane();

  public ProjectorPreview(SessionModel session, I18n i18n, double width) {
    view = new ProjectorView(session, i18n);
    Region root = view.node();
    root.setPrefSize(VIRTUAL_WIDTH, VIRTUAL_HEIGHT);
    root.setMinSize(VIRTUAL_WIDTH, VIRTUAL_HEIGHT);
    root.setMaxSize(VIRTUAL_WIDTH, VIRTUAL_HEIGHT);
    double scale = width / VIRTUAL_WIDTH;
    Group scaled = new Group(root);
    scaled.getTransforms().add(new Scale(scale, scale, 0, 0));
    double height = VIRTUAL_HEIGHT * scale;
    frame.getChildren().add(scaled);
    frame.setId("projector-preview");
    frame.setMinSize(width, height);
    frame.setPrefSize(width, height);
    frame.setMaxSize(width, height);
    frame.setClip(new Rectangle(width, height));
  }

  public Region node() {
    return frame;
  }

  public void dispose() {
    view.dispose();
  }
}
