package vn.binhxet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Backup;
import vn.binhxet.service.RestoreService;
import vn.binhxet.ui.backup.BackupController;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.FxDialogService;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;
import vn.binhxet.ui.password.PasswordController;

/**
 * The desktop application: once the data is open, the main window; when it cannot be, why not (and,
 * when it is damaged, the offer to restore the latest good backup). A restore closes the window's
 * services, replaces the data and opens them again in the same window.
 */
final class DesktopApp {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  private final Path dataDir;
  private final SettingsFile settings;
  private final Clock clock;
  private final Function<char[], CompletableFuture<Services>> openWithPassword;
  private final boolean startupProbe;

  /** The conference file the desktop opened the app with, offered once the window is ready. */
  private Path fileToOffer;

  private final IntConsumer onExit;
  private final I18n i18n;
  private final DataPasswords passwords;
  private Stage stage;
  private Open current;
  // The backup password of the restore being chosen (see restorer()); FX thread only.
  private DataPasswords.Remembered backupPassword;

  /** What the window works with while the data is open. */
  private record Open(Services services, MainWindow window, FxTaskRunner tasks) {}

  DesktopApp(
      Path dataDir,
      SettingsFile settings,
      Locale locale,
      Clock clock,
      Function<char[], CompletableFuture<Services>> openWithPassword,
      boolean startupProbe,
      Path fileToOffer,
      IntConsumer onExit) {
    this.dataDir = dataDir;
    this.settings = settings;
    this.clock = clock;
    this.openWithPassword = openWithPassword;
    this.startupProbe = startupProbe;
    this.fileToOffer = fileToOffer;
    this.onExit = onExit;
    this.i18n = new I18n(locale);
    this.passwords = new DataPasswords(dataDir, clock, i18n, () -> stage);
  }

  /**
   * On the FX thread: shows the window at once, waits for the data without blocking, then puts the
   * main window in it or says what the problem is. Encrypted data waits for its password.
   */
  void start() {
    stage = MainStage.create(i18n);
    stage.setOnHidden(e -> exit());
    if (startupProbe) {
      StartupProbe.reportShown(stage);
    }
    stage.show();
    Platform.runLater(() -> MainStage.showOpening(stage, i18n));
    Platform.runLater(MainStage::warmUp);
    // Only now: opening the data beside the toolkit's own start would slow both on a small laptop.
    // Data without a password starts opening from the background at once, beside the theme's
    // warm-up, not after it: the FX thread is busy until then.
    FxBackground.run(
        () -> Database.isEncryptedQuietly(dataDir) ? null : openWithPassword.apply(null),
        opening -> {
          if (opening != null) {
            await(opening);
          } else if (startupProbe) {
            refuse(new StorageException(StorageProblem.PASSWORD_NEEDED, dataDir.toString(), null));
          } else {
            askPassword("");
          }
        },
        this::refuse);
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
    new FxDialogService(stage, i18n)
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
    if (!startupProbe
        && failure instanceof StorageException s
        && s.problem() == StorageProblem.CORRUPTED) {
      offerLatestBackup(message);
      return;
    }
    if (!startupProbe) {
      new FxDialogService(stage, i18n).showError(i18n.tr("error.storage.title"), message);
    }
    // The window never opened and nothing was written: the exit code tells a script so.
    onExit.accept(Launcher.STORAGE_ERROR);
  }

  /** The data is damaged: offer the newest backup that passes the checks, if there is one. */
  private void offerLatestBackup(String message) {
    DataPasswords.Remembered typed = passwords.forBackup();
    RestoreService restorer = Services.restorer(dataDir, clock, typed);
    FxBackground.run(
        restorer::list,
        list -> {
          FxDialogService dialogs = new FxDialogService(stage, i18n);
          if (list.isEmpty()) {
            dialogs.showError(i18n.tr("error.storage.title"), message);
            onExit.accept(Launcher.STORAGE_ERROR);
            return;
          }
          Backup newest = list.get(0);
          String question =
              message
                  + "\n\n"
                  + i18n.tr("backup.ui.offerLatest", newest.takenAt().format(WHEN), list.size());
          if (!dialogs.confirm(i18n.tr("error.storage.title"), question)) {
            onExit.accept(Launcher.STORAGE_ERROR);
            return;
          }
          FxBackground.run(
              () -> {
                RestoreService.Restored restored = restorer.restoreLatest();
                return new Reopened(passwords.reopen(typed.take()), restored, null, null);
              },
              this::reopened,
              failure -> {
                new FxDialogService(stage, i18n)
                    .showError(
                        i18n.tr("error.storage.title"), ErrorMessages.describe(failure, i18n));
                onExit.accept(Launcher.STORAGE_ERROR);
              });
        },
        failure -> {
          new FxDialogService(stage, i18n).showError(i18n.tr("error.storage.title"), message);
          onExit.accept(Launcher.STORAGE_ERROR);
        });
  }

  private void show(Services opened) {
    if (!stage.isShowing()) {
      // The user closed the window while the data was opening.
      opened.close();
      onExit.accept(0);
      return;
    }
    attach(opened);
    current.window().start();
    if (fileToOffer != null) {
      current.window().openFromDesktop(fileToOffer);
      fileToOffer = null;
    }
    if (startupProbe) {
      StartupProbe.reportReadyThenClose(stage);
    }
  }

  /** Builds the main window over {@code opened} in the stage. */
  private void attach(Services opened) {
    FxTaskRunner tasks = new FxTaskRunner();
    FxDialogService dialogs = new FxDialogService(stage, i18n);
    BackupController backup =
        new BackupController(
            opened.backups(), this::restorer, this::restore, tasks, dialogs, i18n, clock);
    PasswordController password =
        new PasswordController(
            () -> Database.isEncryptedQuietly(dataDir), this::changePassword, dialogs, i18n);
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
            backup,
            password,
            opened.files(),
            tasks,
            dialogs,
            settings,
            i18n,
            clock,
            dataDir.toString(),
            Version.current());
    opened.onDurableWrite(() -> Platform.runLater(window::saved));
    // An entry's result is shown first; the backup it made due is taken before the next task.
    opened.backups().takeBackupsOn(tasks::runUnseen);
    Scene scene = stage.getScene();
    if (!scene.getStylesheets().contains(Styles.STYLESHEET)) {
      scene.getStylesheets().add(Styles.STYLESHEET);
    }
    scene.setRoot(window.root());
    current = new Open(opened, window, tasks);
  }

  /** The window closed: the data is backed up if it changed, then closed. */
  private void exit() {
    Open open = current;
    current = null;
    if (open == null) {
      // Closed while a restore had the data shut: the restore finishes and exits (see reopened).
      return;
    }
    detach(open);
    onExit.accept(0);
  }

  private void detach(Open open) {
    open.window().close();
    open.tasks()
        .run(
            () -> open.services().backups().atExit(),
            taken -> {},
            failure -> System.err.println(ErrorMessages.describe(failure, i18n)));
    // Entries under way, and the backup, are finished before the database closes.
    open.tasks().shutdown();
    open.services().close();
  }

  /**
   * A restorer for the backup the user is choosing (FX thread): the password typed when it is
   * checked is kept for the restore that follows, so it is asked once; a choice begun later forgets
   * it.
   */
  private RestoreService restorer() {
    if (backupPassword != null) {
      char[] stale = backupPassword.take();
      if (stale != null) {
        Arrays.fill(stale, '\0');
      }
    }
    backupPassword = passwords.forBackup();
    return Services.restorer(dataDir, clock, backupPassword);
  }

  /** The user confirmed restoring the backup at {@code location} (FX thread). */
  private void restore(String location) {
    Open open = current;
    current = null;
    detach(open);
    Label restoring = new Label(i18n.tr("backup.ui.restoring"));
    restoring.getStyleClass().add("welcome-text");
    stage.getScene().setRoot(new StackPane(restoring));
    DataPasswords.Remembered typed =
        backupPassword != null ? backupPassword : passwords.forBackup();
    backupPassword = null;
    RestoreService restorer = Services.restorer(dataDir, clock, typed);
    FxBackground.run(
        () -> {
          RestoreService.Restored restored = null;
          Throwable refused = null;
          try {
            restored = restorer.restore(location);
          } catch (RuntimeException e) {
            refused = e;
          }
          char[] known = typed.take();
          if (refused != null && known != null) {
            // The data in use was kept: its own password is asked for, not the backup's.
            Arrays.fill(known, '\0');
            known = null;
          }
          // Refused or not, the data is opened again: a refusal left it as it was.
          return new Reopened(passwords.reopen(known), restored, refused, null);
        },
        this::reopened,
        this::refuse);
  }

  /**
   * The data opened again after a restore or a password change: what was restored, or why it was
   * refused, or what was done.
   */
  private record Reopened(
      Services services, RestoreService.Restored restored, Throwable refused, String done) {}

  /** The user typed the passwords (FX thread): the file is re-encrypted while the data is shut. */
  private void changePassword(char[] now, char[] next) {
    Open open = current;
    current = null;
    detach(open);
    Label working = new Label(i18n.tr("password.working"));
    working.getStyleClass().add("welcome-text");
    stage.getScene().setRoot(new StackPane(working));
    String done =
        next == null
            ? "password.done.removed"
            : now == null ? "password.done.set" : "password.done.changed";
    FxBackground.run(
        () -> {
          Throwable refused = null;
          char[] reopenWith = null;
          try {
            Database.changePassword(dataDir, now, next);
            reopenWith = next == null ? null : next.clone();
          } catch (RuntimeException e) {
            refused = e;
          } finally {
            for (char[] a : new char[][] {now, next}) {
              if (a != null) {
                Arrays.fill(a, '\0');
              }
            }
          }
          // Refused, the data is as it was: its password is asked for again.
          return new Reopened(passwords.reopen(reopenWith), null, refused, i18n.tr(done));
        },
        this::reopened,
        this::refuse);
  }

  private void reopened(Reopened r) {
    if (!stage.isShowing()) {
      // The user closed the window meanwhile.
      r.services().close();
      onExit.accept(0);
      return;
    } else {
      attach(r.services());
      current.window().start();
    }
    FxDialogService dialogs = new FxDialogService(stage, i18n);
    if (r.refused() != null) {
      dialogs.showError(
          i18n.tr(r.done() == null ? "backup.ui.errorTitle" : "error.title"),
          ErrorMessages.describe(r.refused(), i18n)
              + (r.done() == null ? "\n\n" + i18n.tr("backup.refused.unchanged") : ""));
    } else if (r.done() != null) {
      dialogs.showInformation(i18n.tr("app.name"), r.done());
    } else {
      dialogs.showInformation(
          i18n.tr("backup.ui.restoreTitle"), RestoreReport.of(r.restored(), i18n));
    }
  }
}
