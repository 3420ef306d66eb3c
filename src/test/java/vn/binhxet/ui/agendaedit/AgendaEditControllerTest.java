package vn.binhxet.ui.agendaedit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.EditorFixture;
import vn.binhxet.ui.common.SynchronousTaskRunner;

/** The agenda editor without the FX toolkit: real services over a temp database. */
class AgendaEditControllerTest {
  @TempDir Path dir;
  private EditorFixture f;
  private final AgendaEditModel model = new AgendaEditModel();
  private AgendaEditController controller;

  @BeforeEach
  void setUp() {
    f = new EditorFixture(dir);
    controller =
        new AgendaEditController(
            model, f.session, f.s.programme(), new SynchronousTaskRunner(), f.dialogs, f.i18n);
  }

  @AfterEach
  void tearDown() {
    controller.close();
    f.close();
  }

  private List<String> titles() {
    return f.stored().agenda().stream().map(AgendaStep::title).toList();
  }

  @Test
  void aNewStepGoesAfterTheOneSelectedLastWithItsOwnMotion() {
    controller.onSelect(2);
    controller.onNew();
    model.titleProperty().set("Văn nghệ chào mừng");
    model.voteProperty().set(model.votes().get(1));
    controller.onSave();

    assertThat(titles().get(3)).isEqualTo("Văn nghệ chào mừng");
    AgendaStep step = f.stored().agenda().get(3);
    assertThat(f.stored().votes().get(step.votePosition() - 1).subject())
        .isEqualTo("Văn nghệ chào mừng");
    assertThat(model.state().messageProperty().get()).isEqualTo("Đã thêm bước 4.");
    assertThat(model.state().selectedProperty().get()).isEqualTo(3);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "no title",
            (Consumer<AgendaEditModel>) m -> m.titleProperty().set(" "),
            AgendaEditModel.TITLE,
            "Hãy nhập tên bước."),
        Arguments.of(
            "nothing chosen for what happens",
            (Consumer<AgendaEditModel>) m -> m.kindProperty().set(null),
            AgendaEditModel.KIND,
            "Hãy chọn loại nội dung của bước."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aRefusedStepIsMarkedOnItsFieldInVietnameseAndNothingIsStored(
      String what, Consumer<AgendaEditModel> typed, String field, String message) {
    var before = f.stored();
    controller.onNew();
    model.titleProperty().set("Văn nghệ chào mừng");
    typed.accept(model);
    controller.onSave();

    assertThat(model.state().refusedProperty().get()).isTrue();
    var p = model.state().problems().get(field);
    assertThat(p).isNotNull();
    assertThat(f.i18n.tr(p.messageKey(), p.args().toArray())).isEqualTo(message);
    assertThat(f.stored()).isEqualTo(before);
  }

  @Test
  void movingAStepThatStartedIsRefusedInEnglishAndTheAgendaStays() {
    f.s.agenda().goToStep(f.id, 1);
    f.reopen();
    f.i18n.setLocale(Messages.ENGLISH);
    var before = titles();
    controller.onSelect(0);
    controller.onMove(1);

    assertThat(model.state().refusedProperty().get()).isTrue();
    assertThat(model.state().messageProperty().get())
        .startsWith("The step \"" + before.get(0) + "\" has started");
    assertThat(titles()).isEqualTo(before);
  }

  @Test
  void aDeclinedConfirmationKeepsTheStep() {
    f.dialogs.confirmAnswer = false;
    var before = titles();
    controller.onSelect(3);
    controller.onDelete();

    assertThat(f.dialogs.confirmations)
        .containsExactly("Xóa bước \"" + before.get(3) + "\" khỏi chương trình?");
    assertThat(titles()).isEqualTo(before);
  }

  @Test
  void altUpMovesTheStepAndTheSelectionFollows() {
    var before = titles();
    controller.onSelect(4);
    controller.onMove(-1);

    assertThat(titles().get(3)).isEqualTo(before.get(4));
    assertThat(model.state().selectedProperty().get()).isEqualTo(3);
  }

  @Test
  void theVoteInTheFormTakesTheNewLanguageAtOnce() {
    // The head election is named by the app; a motion by its subject, which is conference data.
    controller.onSelect(7);
    assertThat(model.voteProperty().get().position()).isEqualTo(4);
    String vietnamese = model.voteProperty().get().label();

    f.i18n.setLocale(Messages.ENGLISH);

    assertThat(model.voteProperty().get().position()).isEqualTo(4);
    assertThat(model.voteProperty().get()).isIn(model.votes());
    assertThat(model.voteProperty().get().label()).isNotEqualTo(vietnamese);
    controller.onNew();
    f.i18n.setLocale(Messages.VIETNAMESE);
    assertThat(model.voteProperty().get().label()).isEqualTo("Không biểu quyết");
  }

  @Test
  void aKindChangedOnAStepNotStartedIsStored() {
    controller.onSelect(3);
    model.kindProperty().set(AgendaStepKind.OTHER);
    controller.onSave();

    assertThat(f.stored().agenda().get(3).kind()).isEqualTo(AgendaStepKind.OTHER);
    assertThat(model.state().rows().get(3).cell(2)).isEqualTo("Khác");
  }
}
