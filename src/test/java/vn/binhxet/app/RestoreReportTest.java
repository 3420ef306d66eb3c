package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.service.Messages;
import vn.binhxet.service.RestoreService;
import vn.binhxet.ui.common.I18n;

/** Once a backup is restored, the window says from where, what it held, and what to do next. */
class RestoreReportTest {

  @ParameterizedTest(name = "kept: {0}, backup encrypted: {1}, without a password: {2}")
  @CsvSource({
    "true, false, false",
    "false, false, false",
    "true, false, true",
    "false, false, true",
    "true, true, false",
    "false, true, false"
  })
  void theReportSaysWhereTheOldDataIsKeptAndWhichPasswordTheDataNowHas(
      boolean kept, boolean encrypted, boolean withoutPassword) {
    RestoreService.Restored done =
        new RestoreService.Restored(
            new RestoreService.Contents(
                "/data/backups/a.zip", 61, List.of(), encrypted, withoutPassword),
            kept ? "/data/backups/b-before-restore.zip" : null);

    String text = RestoreReport.of(done, new I18n(Messages.VIETNAMESE));

    assertThat(text).startsWith("Đã khôi phục dữ liệu từ bản sao lưu:\n/data/backups/a.zip");
    assertThat(text).contains("61 mục nhật ký");
    assertThat(text.contains("b-before-restore.zip")).isEqualTo(kept);
    assertThat(text.contains("không có mật khẩu")).isEqualTo(withoutPassword);
    assertThat(text.contains("mở bằng mật khẩu của bản sao lưu này")).isEqualTo(encrypted);
  }
}
