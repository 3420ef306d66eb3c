package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;

/** The real main window, headless: open the demo conference, switch the language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
  @TempDir static Path dir;
  private Services services;
  private FxTaskRunner tasks;
  private final Fakes.Settings settings = new Fakes.Settings();

  @Start
  void start(Stage stage) {
    services = Services.open(dir.resolve("data-" + System.nanoTime()), Clock.systemUTC());
    tasks = new FxTaskRunner();
    I18n i18n = new I18n(settings.language());
    MainWindow window =
        TestWindow.over(stage, services, null, tasks, new Fakes.Dialogs(), settings, i18n, "test");
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
  void opensTheDemoConferenceAndShowsItsUnits(FxRobot robot) throws Exception {
    robot.clickOn("#open-demo");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup(DemoConference.CLUSTER).tryQuery().isPresent());

    ListView<?> list = robot.lookup("#conference-list").queryAs(ListView.class);
    assertThat(list.getItems()).hasSize(1);
    assertThat(robot.lookup(".page-title").queryAs(Label.class).getText())
        .isEqualTo("Hội nghị bình xét và tổng kết công tác thi đua khen thưởng năm 2018");
    javafx.scene.control.TabPane tabs =
        robot.lookup("#conference-tabs").queryAs(javafx.scene.control.TabPane.class);
    assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4);
    robot.release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(tabs.getSelectionModel().getSelectedItem().getText())
        .isEqualTo("Đơn vị thành viên (11)");
    // The table fills its cells on a later pulse.
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            robot.lookup(".table-view .cell-text").queryAllAs(Text.class).stream()
                .anyMatch(t -> "Trường Chính trị Nguyễn Văn Cừ".equals(t.getText())));
    assertThat(robot.lookup("Đơn vị thành viên (11)").tryQuery()).isPresent();

    robot.clickOn("Kết quả");
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            robot.lookup(".table-view .cell-text").queryAllAs(Text.class).stream()
                .anyMatch(t -> "90,91%".equals(t.getText())));
  }

  @Test
  void switchesToEnglishAndBackFromTheMenu(FxRobot robot) throws Exception {
    assertThat(robot.lookup("#new-conference").queryAs(Button.class).getText())
        .isEqualTo("Hội nghị mới");
    robot.clickOn("#menu-language").clickOn("English");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#new-conference").queryAs(Button.class).getText())
        .isEqualTo("New conference");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> settings.saved.getLanguage().equals("en"));

    robot.clickOn("Language").clickOn("Tiếng Việt");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#new-conference").queryAs(Button.class).getText())
        .isEqualTo("Hội nghị mới");
  }

  @Test
  void createsAConferenceFromTheForm(FxRobot robot) throws Exception {
    robot.clickOn("#new-conference");
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () -> robot.lookup("#new-place").tryQuery().map(n -> n.isVisible()).orElse(false));
    robot.clickOn("#new-cluster").write("Khối thi đua các Sở, ngành Nội chính");
    robot.clickOn("#new-place").write("Hội trường Sở Tư pháp");
    robot.clickOn("#new-units").write("Sở Tư pháp\nCông an tỉnh\nThanh tra tỉnh");
    robot.clickOn("#new-create");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup("Đơn vị thành viên (3)").tryQuery().isPresent());
    assertThat(robot.lookup("Khối thi đua các Sở, ngành Nội chính").tryQuery()).isPresent();

    robot.clickOn("#new-conference");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#new-units").queryTextInputControl().getText())
        .as("a new form starts empty")
        .isEmpty();
    assertThat(robot.lookup("#new-place").queryTextInputControl().getText()).isEmpty();
  }
}
