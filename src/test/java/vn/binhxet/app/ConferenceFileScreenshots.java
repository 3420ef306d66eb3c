package vn.binhxet.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.FxDialogService;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;

/**
 * Shows the conference file's File menu items, the question asked for a file opened from the
 * desktop, a refused file, an import and an export done, in the real main window with the real
 * dialogs (only the file chooser is faked: bare Xvfb cannot show GTK's), each taken with
 * ImageMagick's {@code import} from the X display. Run under Xvfb: {@code ConferenceFileScreenshots
 * <work dir> <png prefix> vi|en}.
 */
public final class ConferenceFileScreenshots {
  private ConferenceFileScreenshots() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    String prefix = args[1];
    Locale language = Locale.forLanguageTag(args[2]);
    Files.createDirectories(work);
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    Services services = Services.open(work.resolve("db-" + args[2]), Clock.systemUTC());
    long demo = services.demo().create();
    Path good = work.resolve("Hội nghị tổng kết 2018.binhxet");
    byte[] file = services.files().export(demo);
    Files.write(good, file);
    // Edited by hand after the export: the year, a count and the fingerprint no longer hold.
    Path bad = work.resolve("hoi-nghi-sua-tay.binhxet");
    Files.writeString(
        bad,
        new String(file, StandardCharsets.UTF_8)
            .replace("\"reviewYear\": 2018", "\"reviewYear\": -2018")
            .replaceFirst("\"for\": (\\d+)", "\"for\": -$1")
            .replaceFirst("\"votersPresent\": (\\d+)", "\"votersPresent\": 99"),
        StandardCharsets.UTF_8);
    FxTaskRunner tasks = new FxTaskRunner();
    I18n i18n = new I18n(language);
    Stage[] stage = new Stage[1];
    MainWindow[] window = new MainWindow[1];
    onFx(
        () -> {
          stage[0] = new Stage();
          DialogService dialogs = choosing(new FxDialogService(stage[0], i18n), bad);
          window[0] =
              TestWindow.over(
                  stage[0],
                  services,
                  services.files(),
                  tasks,
                  dialogs,
                  new Fakes.Settings(),
                  i18n,
                  "screenshots");
          Scene scene = new Scene(window[0].root(), 1280, 768);
          scene.getStylesheets().add(Styles.STYLESHEET);
          stage[0].setScene(scene);
          stage[0].setX(0);
          stage[0].setY(0);
          stage[0].show();
          window[0].start();
        });
    Thread.sleep(3000);
    onFx(
        () ->
            ((ListView<?>) stage[0].getScene().lookup("#conference-list"))
                .getSelectionModel()
                .select(0));
    Thread.sleep(3000);
    onFx(() -> fileMenu(stage[0]).show());
    Thread.sleep(1500);
    shoot(prefix + "menu-" + args[2] + ".png");
    onFx(() -> fileMenu(stage[0]).hide());

    later(() -> window[0].openFromDesktop(good));
    Thread.sleep(3000);
    shoot(prefix + "confirm-" + args[2] + ".png");
    closeDialogs();

    later(
        () ->
            fileMenu(stage[0]).getItems().stream()
                .filter(i -> "menu-conference-import".equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
    Thread.sleep(3000);
    shoot(prefix + "refused-" + args[2] + ".png");
    closeDialogs();

    later(() -> window[0].openFromDesktop(good));
    Thread.sleep(3000);
    pressOk();
    Thread.sleep(3000);
    shoot(prefix + "imported-" + args[2] + ".png");

    later(
        () ->
            fileMenu(stage[0]).getItems().stream()
                .filter(i -> "menu-conference-export".equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
    Thread.sleep(3000);
    shoot(prefix + "exported-" + args[2] + ".png");

    tasks.shutdown();
    services.close();
    Platform.exit();
  }

  /** The window's dialogs, with the chooser answering {@code chosen} and saving beside it. */
  private static DialogService choosing(FxDialogService fx, Path chosen) {
    return new DialogService() {
      @Override
      public void showError(String title, String message) {
        fx.showError(title, message);
      }

      @Override
      public void showInformation(String title, String message) {
        fx.showInformation(title, message);
      }

      @Override
      public boolean confirm(String title, String message) {
        return fx.confirm(title, message);
      }

      @Override
      public Optional<List<String>> chooseAmong(
          String title, String prompt, List<String> options, int count) {
        return fx.chooseAmong(title, prompt, options, count);
      }

      @Override
      public Optional<String> askText(String title, String prompt) {
        return fx.askText(title, prompt);
      }

      @Override
      public Optional<char[]> askPassword(String title, String prompt) {
        return fx.askPassword(title, prompt);
      }

      @Override
      public Optional<Path> chooseFileToOpen(String title, FileFilter... filters) {
        return Optional.of(chosen);
      }

      @Override
      public Optional<Path> chooseFileToSave(
          String title, String suggestedName, FileFilter... filters) {
        return Optional.of(chosen.resolveSibling(suggestedName));
      }
    };
  }

  private static Menu fileMenu(Stage stage) {
    return ((MenuBar) stage.getScene().getRoot().lookup(".menu-bar")).getMenus().get(0);
  }

  private static void shoot(String png) throws Exception {
    Process p = new ProcessBuilder("import", "-window", "root", png).inheritIO().start();
    p.waitFor();
    System.out.println("wrote " + png);
  }

  private static void closeDialogs() throws InterruptedException {
    onFx(
        () ->
            List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null)
                .forEach(Window::hide));
    Thread.sleep(1000);
  }

  private static void pressOk() throws InterruptedException {
    onFx(
        () ->
            List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null)
                .map(w -> w.getScene().lookup(".dialog-pane"))
                .filter(p -> p instanceof javafx.scene.control.DialogPane)
                .map(
                    p ->
                        ((javafx.scene.control.DialogPane) p)
                            .lookupButton(javafx.scene.control.ButtonType.OK))
                .forEach(b -> ((javafx.scene.control.Button) b).fire()));
  }

  private static void later(Runnable r) {
    Platform.runLater(r);
  }

  private static void onFx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            r.run();
          } finally {
            done.countDown();
          }
        });
    done.await();
  }
}
