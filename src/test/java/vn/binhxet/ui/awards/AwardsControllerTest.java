package vn.binhxet.ui.awards;

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
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.DefaultAgenda;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.EditorFixture;
import vn.binhxet.ui.common.SynchronousTaskRunner;

/** The award categories editor without the FX toolkit: real services over a temp database. */
class AwardsControllerTest {
  @TempDir Path dir;
  private EditorFixture f;
  private final AwardsModel model = new AwardsModel();
  private AwardsController controller;

  @BeforeEach
  void setUp() {
    f = new EditorFixture(dir);
    controller =
        new AwardsController(
            model, f.session, f.s.programme(), new SynchronousTaskRunner(), f.dialogs, f.i18n);
  }

  @AfterEach
  void tearDown() {
    controller.close();
    f.close();
  }

  private List<String> names() {
    return f.stored().awards().stream().map(AwardCategory::name).toList();
  }

  @Test
  void aNewAwardIsStoredWithItsNominationStep() {
    controller.onNew();
    model.nameProperty().set("Bằng khen của Chủ tịch UBND tỉnh");
    model.quotaProperty().set("3");
    controller.onSave();

    assertThat(names()).endsWith("Bằng khen của Chủ tịch UBND tỉnh");
    assertThat(f.stored().agenda())
        .extracting(AgendaStep::title)
        .contains("Bình xét, suy tôn: Bằng khen của Chủ tịch UBND tỉnh");
    assertThat(model.state().messageProperty().get())
        .startsWith("Đã thêm \"Bằng khen của Chủ tịch UBND tỉnh\"");
    assertThat(model.state().rows()).hasSize(3);
    assertThat(model.nameProperty().get()).isEmpty();
  }

  @Test
  void switchingAnAwardToSecretBallotAddsTheCountingCommitteesElection() {
    controller.onSelect(1);
    model.methodProperty().set(VotingMethod.SECRET_BALLOT);
    controller.onSave();

    assertThat(f.stored().awards().get(1).method()).isEqualTo(VotingMethod.SECRET_BALLOT);
    assertThat(f.stored().agenda().get(2).title()).isEqualTo(DefaultAgenda.COUNTING_COMMITTEE);
    assertThat(model.state().rows().get(1).cell(3)).isEqualTo("Bỏ phiếu kín");
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "no name",
            (Consumer<AwardsModel>) m -> m.nameProperty().set("  "),
            AwardsModel.NAME,
            "Hãy nhập tên hình thức khen thưởng."),
        Arguments.of(
            "another award's name",
            (Consumer<AwardsModel>) m -> m.nameProperty().set("cờ thi đua của chính phủ"),
            AwardsModel.NAME,
            "Hình thức khen thưởng \"cờ thi đua của chính phủ\" đã có."),
        Arguments.of(
            "a quota of none",
            (Consumer<AwardsModel>) m -> m.quotaProperty().set("0"),
            AwardsModel.QUOTA,
            "Số lượng \"0\" không hợp lệ; hãy nhập số nguyên từ 1 đến 100."),
        Arguments.of(
            "a quota in words",
            (Consumer<AwardsModel>) m -> m.quotaProperty().set("ba"),
            AwardsModel.QUOTA,
            "Số lượng \"ba\" không hợp lệ; hãy nhập số nguyên từ 1 đến 100."),
        Arguments.of(
            "an edited rule with a threshold that is no fraction",
            (Consumer<AwardsModel>)
                m -> {
                  m.presetProperty().set(null);
                  m.thresholdProperty().set("bảy mươi");
                },
            AwardsModel.THRESHOLD,
            "Tỷ lệ \"bảy mươi\" không hợp lệ; hãy nhập dạng 2/3 hoặc 70%."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aRefusedAwardIsMarkedOnItsFieldInVietnameseAndNothingIsStored(
      String what, Consumer<AwardsModel> typed, String field, String message) {
    var before = f.stored();
    controller.onNew();
    model.nameProperty().set("Giấy khen");
    typed.accept(model);
    controller.onSave();

    assertThat(model.state().refusedProperty().get()).isTrue();
    var p = model.state().problems().get(field);
    assertThat(p).isNotNull();
    assertThat(f.i18n.tr(p.messageKey(), p.args().toArray())).isEqualTo(message);
    assertThat(f.stored()).isEqualTo(before);
  }

  @Test
  void aQuotaChangeOnceTheVoteBeganIsRefusedInEnglishOnTheMessageLine() {
    f.s.votes().openRound(f.id, 2, EntryMode.HANDS, List.of(EditorFixture.A));
    f.reopen();
    f.i18n.setLocale(Messages.ENGLISH);
    var before = f.stored();
    controller.onSelect(0);
    model.quotaProperty().set("2");
    controller.onSave();

    assertThat(model.state().refusedProperty().get()).isTrue();
    assertThat(model.state().messageProperty().get())
        .isEqualTo(
            "The nomination for \"Cờ thi đua của Chính phủ\" has begun: its quota, method, rule"
                + " and candidate pool are frozen. It can still be renamed.");
    assertThat(f.stored()).isEqualTo(before);
  }

  @Test
  void aDeclinedConfirmationKeepsTheAward() {
    f.dialogs.confirmAnswer = false;
    controller.onSelect(1);
    controller.onDelete();

    assertThat(f.dialogs.confirmations).hasSize(1);
    assertThat(f.dialogs.confirmations.get(0)).contains("Cờ thi đua của UBND tỉnh");
    assertThat(names()).containsExactly("Cờ thi đua của Chính phủ", "Cờ thi đua của UBND tỉnh");
  }

  @Test
  void aConfirmedRemovalTakesTheAwardWithItsStep() {
    controller.onSelect(1);
    controller.onDelete();

    assertThat(names()).containsExactly("Cờ thi đua của Chính phủ");
    assertThat(f.stored().agenda()).hasSize(8);
    assertThat(model.state().messageProperty().get())
        .isEqualTo("Đã xóa \"Cờ thi đua của UBND tỉnh\".");
  }

  @Test
  void altDownMovesTheAwardAndTheSelectionFollows() {
    controller.onSelect(0);
    controller.onMove(1);

    assertThat(names()).containsExactly("Cờ thi đua của UBND tỉnh", "Cờ thi đua của Chính phủ");
    assertThat(model.state().selectedProperty().get()).isEqualTo(1);
  }
}
