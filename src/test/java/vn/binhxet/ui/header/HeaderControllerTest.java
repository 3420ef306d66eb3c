package vn.binhxet.ui.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.EditorFixture;
import vn.binhxet.ui.common.SynchronousTaskRunner;

/** The document header form without the FX toolkit: real services over a temp database. */
class HeaderControllerTest {
  @TempDir Path dir;
  private EditorFixture f;
  private final HeaderModel model = new HeaderModel();
  private HeaderController controller;

  @BeforeEach
  void setUp() {
    f = new EditorFixture(dir);
    controller =
        new HeaderController(
            model, f.session, f.s.preparation(), new SynchronousTaskRunner(), f.i18n);
  }

  @AfterEach
  void tearDown() {
    controller.close();
    f.close();
  }

  private void type() {
    model.styleProperty().set(DocumentStyle.PARTY);
    model.upperProperty().set("TỈNH ỦY BẮC NINH");
    model.lowerProperty().set("BAN NỘI CHÍNH");
    model.numberProperty().set("05-BB/BNC");
    model.placeNameProperty().set("Bắc Ninh");
    model.distributionProperty().set("- Các đơn vị thành viên;\n- Lưu.");
  }

  @Test
  void theHeaderIsStoredEvenOnceVotingBegan() {
    f.s.votes().openRound(f.id, 2, EntryMode.HANDS, java.util.List.of(EditorFixture.A));
    f.reopen();
    type();
    controller.onSave();

    assertThat(f.stored().header())
        .isEqualTo(
            new DocumentHeader(
                DocumentStyle.PARTY, "TỈNH ỦY BẮC NINH", "BAN NỘI CHÍNH", "05-BB/BNC", "Bắc Ninh"));
    assertThat(f.stored().distribution()).isEqualTo("- Các đơn vị thành viên;\n- Lưu.");
    assertThat(model.state().savedProperty().get()).startsWith("Đã lưu lúc");
    assertThat(model.state().refusedProperty().get()).isFalse();
  }

  @Test
  void whatIsTypedStaysWhenTheSameConferenceIsPublishedAgain() {
    type();
    f.reopen();

    assertThat(model.upperProperty().get()).isEqualTo("TỈNH ỦY BẮC NINH");
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(
            "no style",
            (Consumer<HeaderModel>) m -> m.styleProperty().set(null),
            HeaderModel.STYLE,
            "Choose a document style."),
        Arguments.of(
            "a number too long",
            (Consumer<HeaderModel>) m -> m.numberProperty().set("9".repeat(101)),
            HeaderModel.NUMBER,
            "Too long (101 characters); at most 100."),
        Arguments.of(
            "a distribution list too long",
            (Consumer<HeaderModel>) m -> m.distributionProperty().set("x".repeat(4001)),
            HeaderModel.DISTRIBUTION,
            "Too long (4001 characters); at most 4000."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void aRefusedHeaderIsMarkedOnItsFieldInEnglishAndNothingIsStored(
      String what, Consumer<HeaderModel> typed, String field, String message) {
    f.i18n.setLocale(Messages.ENGLISH);
    var before = f.stored();
    type();
    typed.accept(model);
    controller.onSave();

    assertThat(model.state().refusedProperty().get()).isTrue();
    var p = model.state().problems().get(field);
    assertThat(p).isNotNull();
    assertThat(f.i18n.tr(p.messageKey(), p.args().toArray())).isEqualTo(message);
    assertThat(f.stored()).isEqualTo(before);
  }
}
