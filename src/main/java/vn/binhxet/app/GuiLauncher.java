package vn.binhxet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * Starts the window and returns its exit code once it has closed. The database opens on its own
 * thread while the JavaFX toolkit starts, so that neither waits for the other; {@code
 * Platform.startup} rather than an {@code Application} subclass lets the window be built by
 * constructor like everything else.
 */
final class GuiLauncher {
  private GuiLauncher() {}

  static int launch(String dataDirOption, boolean startupProbe) {
    Path dataDir = DataDirectory.forThisProcess(dataDirOption);
    SettingsFile settings = new SettingsFile(dataDir);
    Clock clock = Clock.systemDefaultZone();
    CompletableFuture<Services> services = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                services.complete(Services.open(dataDir, clock));
              } catch (RuntimeException e) {
                services.completeExceptionally(e);
              }
            },
            "binhxet-open");
    opener.setDaemon(true);
    opener.start();

    CountDownLatch closed = new CountDownLatch(1);
    AtomicInteger exitCode = new AtomicInteger();
    Platform.setImplicitExit(false);
    Platform.startup(
        () ->
            new DesktopApp(
                    dataDir,
                    settings,
                    settings.language(),
                    clock,
                    services,
                    startupProbe,
                    code -> {
                      exitCode.set(code);
                      closed.countDown();
                    })
                .start());
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Platform.exit();
    return exitCode.get();
  }
}
