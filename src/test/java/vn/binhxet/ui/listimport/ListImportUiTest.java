package vn.binhxet.ui.listimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.binhxet.domain.Unit;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.service.imports.UnitListReader;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.units.UnitsController;
import vn.binhxet.ui.units.UnitsModel;
import vn.binhxet.ui.units.UnitsView;

/** The units editor with its import, headless, driven by the keyboard. */
@ExtendWith(ApplicationExtension.class)
class ListImportUiTest {
  @TempDir static Path dir;
  private Database db;
  private Fakes.Stack s;
  private FxTaskRunner tasks;
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private ListImportModel model;
  private long id;

  @Start
  void start(Stage stage) {
    db = Database.open(dir.resolve("db-" + System.nanoTime()));
    s = Fakes.stack(db, Clock.systemUTC());
    id = s.conferences().createDemo();
    SessionModel session = new SessionModel();
    var p = s.preparation().read(id);
    session.setConference(p.conference(), p.outcomes());
    tasks = new FxTaskRunner();
    I18n i18n = new I18n(Messages.VIETNAMESE);
    UnitsModel unitsModel = new UnitsModel();
    UnitsController units =
        new UnitsController(unitsModel, session, s.preparation(), tasks, dialogs, i18n);
    var target = ImportTargets.units(new UnitListReader(), units::onAddUnits);
    model = new ListImportModel(target.columnKeys());
    var controller = new ListImportController<>(model, session, tasks, dialogs, i18n, target);
    ListImportView view = new ListImportView(model, controller, i18n);
    Scene scene =
        new Scene(
            view.wrap(new UnitsView(unitsModel, units, i18n, List.of(view.openButton())).node()),
            1200,
            700);
    scene.getStylesheets().add(Styles.STYLESHEET);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void tearDown() {
    tasks.shutdown();
    db.close();
  }

  @Test
  void ctrlIOpensThePreviewAndEnterImportsTheGoodRows(FxRobot robot) throws Exception {
    Path file = dir.resolve("don-vi.csv");
    Files.writeString(
        file,
        "Tên đơn vị;Tên viết tắt\nSở Tư pháp;STP\n;thiếu tên\nThanh tra tỉnh;TTr\n",
        StandardCharsets.UTF_8);
    dialogs.files.add(file);
    int before = s.preparation().read(id).conference().conference().members().size();

    robot.clickOn("#unit-name");
    robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.canImportProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#import-confirm").queryAs(Button.class).getText())
        .isEqualTo("Nhập 2 dòng hợp lệ");
    assertThat(robot.lookup("#import-confirm").queryAs(Button.class).isFocused()).isTrue();
    assertThat(s.preparation().read(id).conference().conference().members()).hasSize(before);

    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.openProperty().get());

    assertThat(s.preparation().read(id).conference().conference().members())
        .hasSize(before + 2)
        .endsWith(new Unit("Sở Tư pháp", "STP"), new Unit("Thanh tra tỉnh", "TTr"));
  }
}
