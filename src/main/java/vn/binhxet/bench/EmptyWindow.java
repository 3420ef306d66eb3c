package vn.binhxet.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The startup baseline: an empty JavaFX window of the main window's size, started the way the app
 * starts (a plain main class, {@code Platform.startup}). Prints {@code startup-ms N} from JVM start
 * to the window shown, like the app's {@code --startup-probe}, and exits.
 */
public final class EmptyWindow {
  private EmptyWindow() {}

  public static void main(String[] args) {
    Platform.startup(
        () -> {
          Rectangle2D screen = Screen.getPrimary().getVisualBounds();
          Stage stage = new Stage();
          stage.setScene(
              new Scene(
                  new StackPane(),
                  Math.min(1280, screen.getWidth()),
                  Math.min(800, screen.getHeight())));
          stage.setOnShown(
              e -> {
                long ms =
                    System.currentTimeMillis()
                        - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println(StartupRuns.STARTUP + " " + ms);
                System.out.flush();
                // Platform.exit() alone leaves the process waiting here.
                System.exit(0);
              });
          stage.show();
        });
  }
}
