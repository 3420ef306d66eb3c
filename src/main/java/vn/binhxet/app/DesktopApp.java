package vn.binhxet.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.FxDialogService;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;

/** The desktop application: once the data is open, the main window; when it cannot be, why not. */
final class DesktopApp {
  private final Path dataDir;
  private final SettingsFile settings;
  private final Clock clock;
  private final CompletableFuture<Services> services;
  private final boolean startupProbe;
  private final IntConsumer onExit;
  private final I18n i18n;

  DesktopApp(
      Path dataDir,
      SettingsFile settings,
      Locale locale,
      Clock clock,
      CompletableFuture<Services> services,
      boolean startupProbe,
      IntConsumer onExit) {
    this.dataDir = dataDir;
    this.settings = settings;
    this.clock = clock;
    this.services = services;
    this.startupProbe = startupProbe;
    this.onExit = onExit;
    this.i18n = new I18n(locale);
  }

  /**
   * On the FX thread: waits for the data without blocking, then shows the window or the problem.
   */
  void start() {
    services.whenComplete(
        (opened, failure) ->
            Platform.runLater(
                () -> {
                  if (failure != null) {
                    refuse(failure instanceof CompletionException c ? c.getCause() : failure);
                  } else {
                    show(opened);
                  }
                }));
  }

  private void refuse(Throwable failure) {
    String message = ErrorMessages.describe(failure, i18n);
    System.err.println(message);
    if (!startupProbe) {
      new FxDialogService(null).showError(i18n.tr("error.storage.title"), message);
    }
    // The window never opened and nothing was written: the exit code tells a script so.
    onExit.accept(Launcher.STORAGE_ERROR);
  }

  private void show(Services opened) {
    Stage stage = new Stage();
    stage.getIcons().setAll(Styles.icons());
    stage.titleProperty().bind(i18n.bind("app.name"));
    FxTaskRunner tasks = new FxTaskRunner();
    MainWindow window =
        new MainWindow(
            stage,
            opened.conferences(),
            opened.demo(),
            opened.votes(),
            opened.entries(),
            opened.agenda(),
            opened.preparation(),
            opened.programme(),
            opened.documents(),
            opened.audit(),
            tasks,
            new FxDialogService(stage),
            settings,
            i18n,
            clock,
            dataDir.toString(),
            Version.current());
    opened.onDurableWrite(() -> Platform.runLater(window::saved));
    Scene scene = new Scene(window.root());
    scene.getStylesheets().add(Styles.STYLESHEET);
    stage.setScene(scene);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    stage.setWidth(Math.min(1280, screen.getWidth()));
    stage.setHeight(Math.min(800, screen.getHeight()));
    stage.setMinWidth(Math.min(960, screen.getWidth()));
    stage.setMinHeight(Math.min(600, screen.getHeight()));
    stage.setOnHidden(
        e -> {
          window.close();
          // Entries under way are finished before the database closes.
          tasks.shutdown();
          opened.close();
          onExit.accept(0);
        });
    if (startupProbe) {
      stage.setOnShown(
          e -> {
            long ms =
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup-ms " + ms);
            System.out.flush();
            Platform.runLater(stage::close);
          });
    }
    stage.show();
    window.start();
  }
}
