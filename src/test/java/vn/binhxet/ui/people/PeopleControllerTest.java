package vn.binhxet.ui.people;

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
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.service.Messages;
import vn.binhxet.service.PersonDraft;
import vn.binhxet.ui.EditorFixture;
import vn.binhxet.ui.common.SynchronousTaskRunner;

/** The delegates and guests editor without the FX toolkit: real services over a temp database. */
class PeopleControllerTest {
  @TempDir Path dir;
  private EditorFixture f;
  private final PeopleModel model = new PeopleModel();
  private PeopleController controller;

  @BeforeEach
  void setUp() {
    f = new EditorFixture(dir);
    f.s
        .preparation()
        .addPerson(
            f.id,
            new PersonDraft(
                ParticipantKind.DELEGATE,
                "Nguyễn Văn An",
                "Giám đốc",
                EditorFixture.A,
                null,
                Role.CHAIR,
                true));
    f.s
        .preparation()
        .addPerson(
            f.id,
            new PersonDraft(
                ParticipantKind.GUEST,
                "Trần Thị Bình",
                "Phó Giám đốc",
                null,
                "Sở Nội vụ",
                Role.NONE,
                false));
    f.reopen();
    controller =
        new PeopleController(
            model, f.session, f.s.preparation(), new SynchronousTaskRunner(), f.dialogs, f.i18n);
  }

  @AfterEach
  void tearDown() {
    controller.close();
    f.close();
  }

  private List<String> names() {
    return f.stored().participants().stream().map(Participant::fullName).toList();
  }

  @Test
  void aNewDelegateIsStoredAndTheFormKeepsTheKindAndUnitForTheNext() {
    controller.onNew();
    model.kindProperty().set(ParticipantKind.DELEGATE);
    model.unitProperty().set(EditorFixture.B);
    model.fullNameProperty().set("Lê Văn Cường");
    model.titleProperty().set("Phó Giám đốc");
    controller.onSave();

    assertThat(names()).containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
    assertThat(f.stored().participants().get(2).unitName()).isEqualTo(EditorFixture.B);
    assertThat(model.state().rows()).hasSize(3);
    assertThat(model.state().messageProperty().get())
        .isEqualTo("Đã thêm. Có thể nhập tiếp người khác.");
    assertThat(model.fullNameProperty().get()).isEmpty();
    assertThat(model.unitProperty().get()).isEqualTo(EditorFixture.B);
  }

  @Test
  void anEditIsStoredInPlace() {
    controller.onSelect(1);
    model.titleProperty().set("Giám đốc Sở Nội vụ");
    controller.onSave();

    assertThat(f.stored().participants().get(1).title()).isEqualTo("Giám đốc Sở Nội vụ");
    assertThat(model.state().rows().get(1).cell(2)).isEqualTo("Giám đốc Sở Nội vụ");
    assertThat(model.state().refusedProperty().get()).isFalse();
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "nobody named",
            (Consumer<PeopleModel>)
                m -> {
                  m.fullNameProperty().set(" ");
                  m.titleProperty().set("");
                },
            PeopleModel.FULL_NAME,
            "Hãy nhập họ tên, chức vụ hoặc chọn vai trò."),
        Arguments.of(
            "a guest who votes",
            (Consumer<PeopleModel>)
                m -> {
                  m.kindProperty().set(ParticipantKind.GUEST);
                  m.organisationProperty().set("Báo Bắc Ninh");
                  m.entitledProperty().set(true);
                },
            PeopleModel.ENTITLED,
            "Khách mời không có quyền biểu quyết."),
        Arguments.of(
            "a second chair",
            (Consumer<PeopleModel>) m -> m.roleProperty().set(Role.CHAIR),
            PeopleModel.ROLE,
            "Vai trò này đã giao cho Nguyễn Văn An."),
        Arguments.of(
            "a unit that is not a member",
            (Consumer<PeopleModel>) m -> m.unitProperty().set("Sở Y tế"),
            PeopleModel.UNIT,
            "Đơn vị \"Sở Y tế\" không phải là đơn vị thành viên của hội nghị."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aRefusedPersonIsMarkedOnItsFieldInVietnameseAndNothingIsStored(
      String what, Consumer<PeopleModel> typed, String field, String message) {
    var before = f.stored();
    controller.onNew();
    model.kindProperty().set(ParticipantKind.DELEGATE);
    model.unitProperty().set(EditorFixture.C);
    model.fullNameProperty().set("Phạm Thị Dung");
    typed.accept(model);
    controller.onSave();

    assertThat(model.state().refusedProperty().get()).isTrue();
    assertThat(model.state().problems()).containsKey(field);
    var p = model.state().problems().get(field);
    assertThat(f.i18n.tr(p.messageKey(), p.args().toArray())).isEqualTo(message);
    assertThat(model.state().messageProperty().get()).isEqualTo("Hãy sửa các ô được đánh dấu.");
    assertThat(f.stored()).isEqualTo(before);
  }

  @Test
  void removingSomeoneCheckedInIsRefusedOnTheMessageLineInEnglish() {
    f.s.votes().checkInDelegate(f.id, 1, true);
    f.reopen();
    f.i18n.setLocale(Messages.ENGLISH);
    controller.onSelect(0);
    controller.onDelete();

    assertThat(f.dialogs.confirmations).hasSize(1);
    assertThat(model.state().refusedProperty().get()).isTrue();
    assertThat(model.state().messageProperty().get())
        .isEqualTo(
            "\"Nguyễn Văn An\" cannot be removed: this person has been checked in. The details"
                + " can still be edited.");
    assertThat(names()).contains("Nguyễn Văn An");
  }

  @Test
  void aDeclinedConfirmationKeepsThePerson() {
    f.dialogs.confirmAnswer = false;
    controller.onSelect(1);
    controller.onDelete();

    assertThat(f.dialogs.confirmations)
        .containsExactly("Xóa \"Trần Thị Bình\" khỏi danh sách đại biểu, khách mời?");
    assertThat(names()).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
    assertThat(model.state().selectedProperty().get()).isEqualTo(1);
  }

  @Test
  void aConfirmedRemovalLeavesTheFormForANewPerson() {
    controller.onSelect(1);
    controller.onDelete();

    assertThat(names()).containsExactly("Nguyễn Văn An");
    assertThat(model.state().messageProperty().get()).isEqualTo("Đã xóa \"Trần Thị Bình\".");
    assertThat(model.state().selectedProperty().get()).isEqualTo(-1);
  }

  @Test
  void altUpMovesThePersonAndTheSelectionFollows() {
    controller.onSelect(1);
    controller.onMove(-1);

    assertThat(names()).containsExactly("Trần Thị Bình", "Nguyễn Văn An");
    assertThat(model.state().selectedProperty().get()).isZero();
    controller.onMove(-1);
    assertThat(names()).containsExactly("Trần Thị Bình", "Nguyễn Văn An");
  }

  @Test
  void theRoleColumnFollowsTheLanguage() {
    assertThat(model.state().rows().get(1).cell(4)).isEqualTo("Khách mời");
    f.i18n.setLocale(Messages.ENGLISH);
    assertThat(model.state().rows().get(0).cell(4)).isEqualTo("Chair");
    assertThat(model.state().rows().get(1).cell(4)).isEqualTo("Guest");
  }
}
