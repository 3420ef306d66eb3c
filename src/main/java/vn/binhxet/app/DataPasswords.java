package vn.binhxet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.common.FxDialogService;
import vn.binhxet.ui.common.I18n;

/**
 * The passwords the window needs while its data is shut for a restore or a password change: asked
 * from the background thread doing that work, in a dialog on the FX thread, and never kept beyond
 * the work that needs them.
 */
final class DataPasswords {
  private final Path dataDir;
  private final Clock clock;
  private final I18n i18n;
  private final Supplier<Window> owner;

  DataPasswords(Path dataDir, Clock clock, I18n i18n, Supplier<Window> owner) {
    this.dataDir = dataDir;
    this.clock = clock;
    this.i18n = i18n;
    this.owner = owner;
  }

  /**
   * Opens the data again, off the FX thread. An encrypted file needs its password: {@code known}
   * (the restored backup's, just typed; wiped here) or asked for, again after a wrong one.
   */
  Services reopen(char[] known) {
    if (!Database.isEncryptedQuietly(dataDir)) {
      if (known != null) {
        Arrays.fill(known, '\0');
      }
      return Services.open(dataDir, clock);
    }
    char[] password = known;
    String problem = "";
    while (true) {
      if (password == null) {
        password =
            ask(i18n.tr("password.open.title"), problem + i18n.tr("password.open.prompt", dataDir));
      }
      if (password == null) {
        throw new StorageException(StorageProblem.PASSWORD_NEEDED, dataDir.toString(), null);
      }
      try {
        return Services.open(dataDir, password, clock);
      } catch (StorageException e) {
        if (e.problem() != StorageProblem.WRONG_PASSWORD) {
          throw e;
        }
        problem = i18n.tr("password.open.wrong") + "\n\n";
      } finally {
        Arrays.fill(password, '\0');
        password = null;
      }
    }
  }

  /** The password of an encrypted backup, asked each time (null when cancelled). */
  char[] askForBackup() {
    return ask(i18n.tr("password.backup.title"), i18n.tr("password.backup.prompt"));
  }

  /** A backup's password for one restore: asked once, then kept until taken to reopen the data. */
  Remembered forBackup() {
    return new Remembered();
  }

  /**
   * Asks from a background thread: the dialog opens on the FX thread while this thread waits for
   * the answer (null when cancelled).
   */
  private char[] ask(String title, String prompt) {
    CompletableFuture<char[]> answer = new CompletableFuture<>();
    Platform.runLater(
        () ->
            answer.complete(
                new FxDialogService(owner.get(), i18n).askPassword(title, prompt).orElse(null)));
    return answer.join();
  }

  /**
   * The password of the backup being restored: asked when the backup turns out to be encrypted,
   * handed out as copies, and taken (with the duty to wipe it) to open the restored data.
   */
  final class Remembered implements Supplier<char[]> {
    private char[] typed;

    @Override
    public synchronized char[] get() {
      if (typed == null) {
        typed = askForBackup();
      }
      return typed == null ? null : typed.clone();
    }

    synchronized char[] take() {
      char[] t = typed;
      typed = null;
      return t;
    }
  }
}
