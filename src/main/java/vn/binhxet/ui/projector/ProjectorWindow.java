package vn.binhxet.ui.projector;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;
import vn.binhxet.ui.session.SessionModel;

/**
 * The projector's window: full screen on a second screen when one is connected, else a normal
 * window the secretary can move there. A screen plugged in or out while it is open moves it.
 */
public final class ProjectorWindow {
  private final SessionModel session;
  private final I18n i18n;
  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper screens = new ReadOnlyIntegerWrapper();
  private final ListChangeListener<Screen> screensChanged = c -> onScreensChanged();
  private Stage stage;
  private ProjectorView view;

  public ProjectorWindow(SessionModel session, I18n i18n) {
    this.session = session;
    this.i18n = i18n;
    screens.set(Screen.getScreens().size());
    Screen.getScreens().addListener(screensChanged);
  }

  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }

  /** How many screens are connected now. */
  public ReadOnlyIntegerProperty screensProperty() {
    return screens.getReadOnlyProperty();
  }

  /** The stage while open, for tests and screenshots; null when closed. */
  public Stage stage() {
    return stage;
  }

  public void show() {
    if (stage != null) {
      return;
    }
    view = new ProjectorView(session, i18n);
    stage = new Stage();
    stage.setScene(new Scene(view.node(), 1024, 768, Color.BLACK));
    stage.titleProperty().bind(i18n.bind("projector.window.title"));
    stage.getIcons().setAll(Styles.icons());
    // The hall must never read "press Esc to leave full screen", and a stray key must not do it.
    stage.setFullScreenExitHint("");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    Stage opened = stage;
    stage.setOnHidden(e -> closed(opened));
    place();
    stage.show();
    if (target() != null) {
      stage.setFullScreen(true);
    }
    showing.set(true);
  }

  public void hide() {
    if (stage != null) {
      stage.hide();
    }
  }

  /** The window is gone for good: the app is closing. */
  public void dispose() {
    hide();
    Screen.getScreens().removeListener(screensChanged);
  }

  private void closed(Stage which) {
    if (which != stage) {
      return;
    }
    view.dispose();
    view = null;
    stage = null;
    showing.set(false);
  }

  private void onScreensChanged() {
    screens.set(Screen.getScreens().size());
    if (stage != null) {
      stage.setFullScreen(false);
      place();
      if (target() != null) {
        stage.setFullScreen(true);
      }
    }
  }

  /** Moves the window onto the projector's screen, or into a normal window on the only one. */
  private void place() {
    Screen target = target();
    if (target != null) {
      Rectangle2D b = target.getBounds();
      stage.setX(b.getMinX());
      stage.setY(b.getMinY());
      stage.setWidth(b.getWidth());
      stage.setHeight(b.getHeight());
      return;
    }
    Rectangle2D b = Screen.getPrimary().getVisualBounds();
    double w = Math.min(1024, b.getWidth() * 0.8);
    double h = Math.min(768, b.getHeight() * 0.8);
    stage.setWidth(w);
    stage.setHeight(h);
    stage.setX(b.getMinX() + (b.getWidth() - w) / 2);
    stage.setY(b.getMinY() + (b.getHeight() - h) / 2);
  }

  /** The screen the projector is on: the largest that is not the console's primary one. */
  private static Screen target() {
    List<Screen> all = Screen.getScreens();
    Rectangle2D chosen =
        projectorBounds(
            all.stream().map(Screen::getBounds).toList(), Screen.getPrimary().getBounds());
    return all.stream().filter(s -> s.getBounds().equals(chosen)).findFirst().orElse(null);
  }

  /**
   * Of the screens' bounds, the projector's: the largest screen other than the primary one (where
   * the console is), or null when the primary is the only one.
   */
  static Rectangle2D projectorBounds(List<Rectangle2D> screens, Rectangle2D primary) {
    Rectangle2D best = null;
    for (Rectangle2D b : screens) {
      if (b.equals(primary)) {
        continue;
      }
      if (best == null || b.getWidth() * b.getHeight() > best.getWidth() * best.getHeight()) {
        best = b;
      }
    }
    return best;
  }
}
