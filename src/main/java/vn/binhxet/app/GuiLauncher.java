package vn.binhxet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Starts the window and returns its exit code once it has closed. The database opens on its own
 * thread once the window shows, while the screens are being prepared; {@code Platform.startup}
 * rather than an {@code Application} subclass lets the window be built by constructor like
 * everything else.
 */
final class GuiLauncher {
  private GuiLauncher() {}

  static int launch(WindowArgs args) {
    Path dataDir = DataDirectory.forThisProcess(args.dataDir());
    SettingsFile settings = new SettingsFile(dataDir);
    Clock clock = Clock.systemDefaultZone();
    Function<char[], CompletableFuture<Services>> opener =
        password -> open(dataDir, password, clock);

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
                    opener,
                    args.startupProbe(),
                    args.file(),
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

  /** Opens the data on its own thread; the password is wiped once used. */
  private static CompletableFuture<Services> open(Path dataDir, char[] password, Clock clock) {
    CompletableFuture<Services> services = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                services.complete(Services.open(dataDir, password, clock));
              } catch (RuntimeException e) {
                services.completeExceptionally(e);
              } finally {
                if (password != null) {
                  Arrays.fill(password, '\0');
                }
              }
            },
            "binhxet-open");
    opener.setDaemon(true);
    opener.start();
    return services;
  }
}
