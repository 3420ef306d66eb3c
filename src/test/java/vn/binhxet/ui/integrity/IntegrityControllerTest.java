package vn.binhxet.ui.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;

/** The integrity check from the menu and at opening, without the FX toolkit. */
class IntegrityControllerTest {
  /** The Bằng khen vote of the demo: Uỷ ban Kiểm tra's 9 hands for become 10. */
  private static final String EDIT_A_TALLY =
      "update hands_tally set for_count = 10 where for_count = 9 and against_count = 1 and"
          + " abstain_count = 1";

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack stack;
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private final IntegrityModel model = new IntegrityModel();
  private long demo;

  @BeforeEach
  void setUp() {
    db = Fakes.database(dir);
    stack = Fakes.stack(db, Clock.systemUTC());
    demo = stack.demo().create();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private IntegrityController controller(String language) {
    return new IntegrityController(
        model,
        stack.audit(),
        new SynchronousTaskRunner(),
        dialogs,
        new I18n(Locale.forLanguageTag(language)));
  }

  @Test
  void intactDataAreCheckedQuietlyAtOpeningAndCountedWhenAskedFor() {
    IntegrityController c = controller("vi");
    c.onDataOpened();
    assertThat(model.tamperedProperty().get()).isFalse();
    assertThat(dialogs.infos).isEmpty();
    assertThat(dialogs.errors).isEmpty();

    c.onCheck();
    long entries = stack.audit().verify().entries();
    assertThat(dialogs.infos)
        .containsExactly(
            "Dữ liệu nguyên vẹn: nhật ký có "
                + entries
                + " mục, chuỗi mã kiểm tra liền mạch và mọi vòng biểu quyết khớp với nhật ký.");
    assertThat(model.checkingProperty().get()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "vi | dữ liệu về số biểu quyết giơ tay đã bị sửa ngoài ứng dụng | Bằng khen của Chủ tịch"
            + " UBND tỉnh | báo ngay cho chủ trì hội nghị, rồi khôi phục bản sao lưu",
        "en | what is stored for the show-of-hands counts was changed outside the app | Bằng"
            + " khen của Chủ tịch UBND tỉnh | Tell the chair at once, then restore the latest"
            + " intact backup"
      })
  void anEditBehindTheAppsBackRaisesTheWarningAtOpeningAndIsNamedWhenAskedFor(
      String language, String what, String vote, String advice) {
    db.dsl().execute(EDIT_A_TALLY);
    IntegrityController c = controller(language);

    c.onDataOpened();
    assertThat(model.tamperedProperty().get()).isTrue();
    assertThat(dialogs.errors).as("opening is never interrupted by a dialog").isEmpty();

    c.onCheck();
    assertThat(dialogs.errors).singleElement().asString().contains(what, vote, advice);
    assertThat(dialogs.errors.get(0)).doesNotContain("conference:");

    // Put back as it was (a restored backup, say): the next check clears the warning.
    db.dsl()
        .execute(
            "update hands_tally set for_count = 9 where for_count = 10 and against_count = 1 and"
                + " abstain_count = 1");
    c.onCheck();
    assertThat(model.tamperedProperty().get()).isFalse();
    assertThat(dialogs.infos).hasSize(1);
  }

  @Test
  void aCheckThatCannotReadTheDataSaysSoWhenAskedFor() {
    IntegrityController c = controller("vi");
    db.close();
    c.onDataOpened();
    assertThat(dialogs.errors).isEmpty();
    c.onCheck();
    assertThat(dialogs.errors)
        .singleElement()
        .asString()
        .startsWith("Không kiểm tra được dữ liệu:");
    assertThat(model.checkingProperty().get()).isFalse();
  }
}
