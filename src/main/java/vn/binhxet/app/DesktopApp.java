package vn.binhxet.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;
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
  private final Function<char[], CompletableFuture<Services>> openWithPassword;
  private final boolean startupProbe;
  private final IntConsumer onExit;
  private final I18n i18n;

  DesktopApp(
      Path dataDir,
      SettingsFile settings,
      Locale locale,
      Clock clock,
      CompletableFuture<Services> services,
      Function<char[], CompletableFuture<Services>> openWithPassword,
      boolean startupProbe,
      IntConsumer onExit) {
    this.dataDir = dataDir;
    this.settings = settings;
    this.clock = clock;
    this.services = services;
    this.openWithPassword = openWithPassword;
    this.startupProbe = startupProbe;
    this.onExit = onExit;
    this.i18n = new I18n(locale);
  }

  /**
   * On the FX thread: waits for the data without blocking, then shows the window or the problem.
   * {@code services} is null when the data is encrypted: the password is asked for first.
   */
  void start() {
    if (services != null) {
      await(services);
    } else if (startupProbe) {
      refuse(new StorageException(StorageProblem.PASSWORD_NEEDED, dataDir.toString(), null));
    } else {
      // Not inside the toolkit's start-up call: a dialog waiting there is never drawn.
      Platform.runLater(() -> askPassword(""));
    }
  }

  private void await(CompletableFuture<Services> opening) {
    opening.whenComplete(
        (opened, failure) ->
            Platform.runLater(
                () -> {
                  Throwable cause =
                      failure instanceof CompletionException c ? c.getCause() : failure;
                  if (cause == null) {
                    show(opened);
                  } else if (cause instanceof StorageException s
                      && s.problem() == StorageProblem.WRONG_PASSWORD) {
                    askPassword(i18n.tr("password.open.wrong") + "\n\n");
                  } else {
                    refuse(cause);
                  }
                }));
  }

  /** Asks again after a wrong password, as often as the user tries; cancelling leaves. */
  private void askPassword(String problem) {
    new FxDialogService(null, i18n)
        .askPassword(
            i18n.tr("password.open.title"), problem + i18n.tr("password.open.prompt", dataDir))
        .ifPresentOrElse(
            password -> await(openWithPassword.apply(password)),
            // Nothing was opened: the exit code says the data could not be used.
            () -> onExit.accept(Launcher.STORAGE_ERROR));
  }

  private void refuse(Throwable failure) {
    String message = ErrorMessages.describe(failure, i18n);
    System.err.println(message);
    if (!startupProbe) {
      new FxDialogService(null, i18n).showError(i18n.tr("error.storage.title"), message);
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
            tasks,
            new FxDialogService(stage, i18n),
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
