package vn.binhxet.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.binhxet.domain.StorageException;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.FxDialogService;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;

/** The JavaFX application: opens the data, then builds and shows the main window. */
public final class BinhXetApp extends Application {
  private Path dataDir;
  private boolean startupProbe;
  private SettingsFile settings;
  private Locale locale;
  private Services services;
  private StorageException storageError;
  private FxTaskRunner tasks;
  private MainWindow window;

  /** Runs on the launcher thread, not the FX thread: opening the database here blocks no window. */
  @Override
  public void init() {
    Launcher.quietLibraries();
    Map<String, String> named = getParameters().getNamed();
    dataDir = DataDirectory.forThisProcess(named.get("data-dir"));
    startupProbe = Boolean.parseBoolean(named.get("startup-probe"));
    settings = new SettingsFile(dataDir);
    locale = settings.language();
    try {
      services = Services.open(dataDir, Clock.systemDefaultZone());
    } catch (StorageException e) {
      storageError = e;
    }
  }

  @Override
  public void start(Stage stage) {
    I18n i18n = new I18n(locale);
    stage.getIcons().setAll(Styles.icons());
    stage.titleProperty().bind(i18n.bind("app.name"));
    if (storageError != null) {
      String message = ErrorMessages.describe(storageError, i18n);
      System.err.println(message);
      if (!startupProbe) {
        new FxDialogService(null).showError(i18n.tr("error.storage.title"), message);
      }
      // The window never opened: the data was not touched, and the exit code tells a script so.
      System.exit(Launcher.STORAGE_ERROR);
      return;
    }
    tasks = new FxTaskRunner();
    window =
        new MainWindow(
            stage,
            services.conferences(),
            tasks,
            new FxDialogService(stage),
            settings,
            i18n,
            Clock.systemDefaultZone(),
            dataDir.toString(),
            Version.current());
    Scene scene = new Scene(window.root());
    scene.getStylesheets().add(Styles.STYLESHEET);
    stage.setScene(scene);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setWidth(Math.min(1280, screen.getWidth()));
    stage.setHeight(Math.min(800, screen.getHeight()));
    stage.setMinWidth(Math.min(960, screen.getWidth()));
    stage.setMinHeight(Math.min(600, screen.getHeight()));
    if (startupProbe) {
      stage.setOnShown(
          e -> {
            long ms =
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup-ms " + ms);
            System.out.flush();
            Platform.exit();
          });
    }
    stage.show();
    window.start();
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
    if (tasks != null) {
      tasks.shutdown();
    }
    if (services != null) {
      services.close();
    }
  }
}
