package vn.binhxet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.Unit;
import vn.binhxet.ui.agendaedit.AgendaEditController;
import vn.binhxet.ui.agendaedit.AgendaEditModel;
import vn.binhxet.ui.agendaedit.AgendaEditView;
import vn.binhxet.ui.awards.AwardsController;
import vn.binhxet.ui.awards.AwardsModel;
import vn.binhxet.ui.awards.AwardsView;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.header.HeaderController;
import vn.binhxet.ui.header.HeaderModel;
import vn.binhxet.ui.header.HeaderView;
import vn.binhxet.ui.people.PeopleController;
import vn.binhxet.ui.people.PeopleModel;
import vn.binhxet.ui.people.PeopleView;
import vn.binhxet.ui.units.UnitsController;
import vn.binhxet.ui.units.UnitsModel;
import vn.binhxet.ui.units.UnitsView;

/**
 * Each preparation editor driven from the keyboard alone, as the secretary types: Ctrl+N, the name,
 * Enter saves; Shift+Tab back to the list, Home, Alt+Down moves the row; Delete and the (faked)
 * confirmation remove it. What counts is the conference stored, read back through the services.
 */
@ExtendWith(ApplicationExtension.class)
class EditorsKeyboardUiTest {
  @TempDir Path dir;
  private EditorFixture f;
  private final StackPane holder = new StackPane();

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(holder, 1366, 768));
    stage.show();
  }

  @AfterEach
  void tearDown() {
    if (f != null) {
      f.close();
    }
  }

  /** Builds an editor over the fixture's conference; gives its node. */
  interface Editor {
    Node open(EditorFixture f);
  }

  static Stream<Arguments> editors() {
    Editor units =
        f -> {
          UnitsModel m = new UnitsModel();
          return new UnitsView(
                  m,
                  new UnitsController(
                      m,
                      f.session,
                      f.s.preparation(),
                      new SynchronousTaskRunner(),
                      f.dialogs,
                      f.i18n),
                  f.i18n,
                  List.of())
              .node();
        };
    Editor people =
        f -> {
          PeopleModel m = new PeopleModel();
          return new PeopleView(
                  m,
                  new PeopleController(
                      m,
                      f.session,
                      f.s.preparation(),
                      new SynchronousTaskRunner(),
                      f.dialogs,
                      f.i18n),
                  f.i18n,
                  List.of())
              .node();
        };
    Editor awards =
        f -> {
          AwardsModel m = new AwardsModel();
          return new AwardsView(
                  m,
                  new AwardsController(
                      m,
                      f.session,
                      f.s.programme(),
                      new SynchronousTaskRunner(),
                      f.dialogs,
                      f.i18n),
                  f.i18n)
              .node();
        };
    Editor agenda =
        f -> {
          AgendaEditModel m = new AgendaEditModel();
          return new AgendaEditView(
                  m,
                  new AgendaEditController(
                      m,
                      f.session,
                      f.s.programme(),
                      new SynchronousTaskRunner(),
                      f.dialogs,
                      f.i18n),
                  f.i18n)
              .node();
        };
    Function<Conference, List<String>> unitNames =
        c -> c.members().stream().map(Unit::name).toList();
    Function<Conference, List<String>> personNames =
        c -> c.participants().stream().map(Participant::fullName).toList();
    Function<Conference, List<String>> awardNames =
        c -> c.awards().stream().map(AwardCategory::name).toList();
    Function<Conference, List<String>> stepTitles =
        c -> c.agenda().stream().map(AgendaStep::title).toList();
    return Stream.of(
        Arguments.of("units", units, unitNames, List.of("Sở Giáo dục và Đào tạo")),
        Arguments.of(
            "people", people, personNames, List.of("Nguyễn Thị Hồng Nhung", "Đặng Văn Lâm")),
        Arguments.of("awards", awards, awardNames, List.of("Giấy khen của Giám đốc Sở")),
        Arguments.of("agenda", agenda, stepTitles, List.of("Văn nghệ chào mừng")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editors")
  void theKeyboardAddsMovesAndRemovesARow(
      String name,
      Editor editor,
      Function<Conference, List<String>> list,
      List<String> rows,
      FxRobot robot) {
    f = new EditorFixture(dir);
    Node node = show(robot, editor);
    TableView<?> table = (TableView<?>) node.lookup(".table-view");

    for (String typed : rows) {
      robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
      robot.write(typed);
      robot.type(KeyCode.ENTER);
      waitUntil(() -> list.apply(f.stored()).contains(typed));
    }
    String typed = rows.get(rows.size() - 1);

    List<String> before = list.apply(f.stored());
    focus(robot, table);
    robot.type(KeyCode.HOME);
    robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
    waitUntil(() -> before.get(0).equals(list.apply(f.stored()).get(1)));
    assertThat(list.apply(f.stored())).containsExactlyInAnyOrderElementsOf(before);

    robot.type(KeyCode.DELETE);
    waitUntil(() -> list.apply(f.stored()).size() == before.size() - 1);
    assertThat(f.dialogs.confirmations).hasSize(1);
    assertThat(list.apply(f.stored())).doesNotContain(before.get(0)).contains(typed);
    assertThat(f.s.audit().verify().mismatches()).isEmpty();
  }

  @Test
  void theHeaderIsSavedByEnter(FxRobot robot) {
    f = new EditorFixture(dir);
    HeaderModel m = new HeaderModel();
    Node node =
        show(
            robot,
            x ->
                new HeaderView(
                        m,
                        new HeaderController(
                            m, x.session, x.s.preparation(), new SynchronousTaskRunner(), x.i18n),
                        x.i18n)
                    .node());
    Node upper = node.lookup("#header-upper");
    robot.interact(upper::requestFocus);
    robot.write("TỈNH ỦY BẮC NINH");
    robot.type(KeyCode.TAB);
    robot.write("BAN NỘI CHÍNH");
    robot.type(KeyCode.ENTER);
    waitUntil(() -> "BAN NỘI CHÍNH".equals(f.stored().header().issuingBodyLower()));
    assertThat(f.stored().header().issuingBodyUpper()).isEqualTo("TỈNH ỦY BẮC NINH");

    robot.interact(node.lookup("#header-distribution")::requestFocus);
    robot.write("- Lưu.");
    robot.type(KeyCode.ENTER);
    robot.write("- Các đơn vị.");
    robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
    waitUntil(() -> "- Lưu.\n- Các đơn vị.".equals(f.stored().distribution()));
  }

  private Node show(FxRobot robot, Editor editor) {
    Node[] node = new Node[1];
    robot.interact(
        () -> {
          node[0] = editor.open(f);
          holder.getChildren().setAll(node[0]);
        });
    return node[0];
  }

  /** Shift+Tab until the list has the focus: the list comes before the form. */
  private static void focus(FxRobot robot, TableView<?> table) {
    for (int i = 0; i < 40 && !table.isFocused(); i++) {
      robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
    }
    assertThat(table.isFocused()).as("the list took the focus").isTrue();
  }

  private static void waitUntil(BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("not reached within 60 s", e);
    }
  }
}
