package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;

/**
 * The conference file's items as the app wires them: export waits for an open conference, and a
 * file opened from the desktop is asked about, then imported and shown.
 */
@ExtendWith(ApplicationExtension.class)
class ConferenceFileMenuUiTest {
  @TempDir static Path dir;
  private Services services;
  private FxTaskRunner tasks;
  private MainWindow window;
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();

  @Start
  void start(Stage stage) {
    services = Services.open(dir.resolve("data-" + System.nanoTime()), Clock.systemUTC());
    tasks = new FxTaskRunner();
    window =
        TestWindow.over(
            stage,
            services,
            services.files(),
            tasks,
            dialogs,
            new Fakes.Settings(),
            new I18n(new Fakes.Settings().language()),
            "test");
    Scene scene = new Scene(window.root(), 1366, 768);
    scene.getStylesheets().add(Styles.STYLESHEET);
    stage.setScene(scene);
    stage.show();
    window.start();
  }

  @AfterEach
  void tearDown() {
    tasks.shutdown();
    services.close();
  }

  @Test
  void exportIsOfferedOnceAConferenceIsOpenAndADesktopFileIsAskedAbout(FxRobot robot)
      throws Exception {
    MenuItem export = item(robot, "menu-conference-export");
    assertThat(item(robot, "menu-conference-import").isDisable()).isFalse();
    assertThat(export.isDisable()).isTrue();

    long demo = services.demo().createToRehearse();
    Path file =
        Files.write(dir.resolve("demo-" + demo + ".binhxet"), services.files().export(demo));
    robot.interact(() -> window.openFromDesktop(file));
    ListView<?> list = robot.lookup("#conference-list").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(dialogs.confirmations).singleElement().asString().contains(file.toString());
    assertThat(dialogs.errors).isEmpty();
    assertThat(export.isDisable()).isFalse();
  }

  private static MenuItem item(FxRobot robot, String id) {
    return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
        .filter(i -> id.equals(i.getId()))
        .findFirst()
        .orElseThrow();
  }
}
