package vn.binhxet.app;

import javafx.application.Application;

/** Starts the JavaFX application; returns when its window has closed. */
final class GuiLauncher {
  private GuiLauncher() {}

  static int launch(String dataDir, boolean startupProbe) {
    // JavaFX creates the Application itself, so its settings travel as named parameters.
    String dir = DataDirectory.forThisProcess(dataDir).toString();
    Application.launch(BinhXetApp.class, "--data-dir=" + dir, "--startup-probe=" + startupProbe);
    return 0;
  }
}
