package vn.binhxet.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * What {@code --startup-probe} prints: {@code startup-ms N} when the stage is shown and {@code
 * ready-ms N} once the main window is laid out in it, each from JVM start; then it closes the
 * window. The benchmark reads both lines.
 */
final class StartupProbe {
  private StartupProbe() {}

  static void reportShown(Stage stage) {
    stage.setOnShown(e -> System.out.println("startup-ms " + sinceJvmStart()));
  }

  static void reportReadyThenClose(Stage stage) {
    Scene scene = stage.getScene();
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          System.out.println("ready-ms " + sinceJvmStart());
          System.out.flush();
          Platform.runLater(stage::close);
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  private static long sinceJvmStart() {
    return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
  }
}
