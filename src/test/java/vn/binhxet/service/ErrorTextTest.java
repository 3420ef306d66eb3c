package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;

/** One wording of a failure for the window and the headless commands, in either language. */
class ErrorTextTest {
  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(
            Messages.VIETNAMESE,
            new StorageException(StorageProblem.IN_USE_BY_ANOTHER_COPY, "/data", null),
            "đang được một cửa sổ Bình Xét khác sử dụng"),
        Arguments.of(
            Messages.ENGLISH,
            new StorageException(
                StorageProblem.UNREADABLE, "/data", new IllegalStateException("bad header")),
            "Details: bad header"),
        Arguments.of(
            Messages.VIETNAMESE,
            new StorageException(
                StorageProblem.IN_USE_BY_ANOTHER_COPY, "/data", "4321 2026-11-29T01:02:03Z", null),
            "tiến trình số 4321, mở lúc"),
        Arguments.of(
            Messages.ENGLISH,
            new StorageException(
                StorageProblem.IN_USE_BY_ANOTHER_COPY, "/data", "4321 2026-11-29T01:02:03Z", null),
            "(process 4321, started at"),
        Arguments.of(
            Messages.VIETNAMESE,
            new StorageException(StorageProblem.DISK_FULL, "/data", "10485760", null),
            "chỉ còn 10 MB trống"),
        Arguments.of(
            Messages.ENGLISH,
            new StorageException(StorageProblem.DISK_FULL, "/data", "10485760", null),
            "everything saved before is intact"),
        Arguments.of(
            Messages.VIETNAMESE,
            new StorageException(StorageProblem.WRONG_PASSWORD, "/data", null),
            "Mật khẩu không đúng"),
        Arguments.of(
            Messages.ENGLISH,
            new StorageException(StorageProblem.PASSWORD_NEEDED, "/data", null),
            "encrypted with a password"),
        Arguments.of(Messages.VIETNAMESE, new NotFoundException(42), "Không có hội nghị số 42."),
        Arguments.of(Messages.ENGLISH, new NotFoundException(42), "42"),
        Arguments.of(
            Messages.VIETNAMESE,
            new InvalidInputException(List.of(Problem.of("step", "agenda.noStep", 12))),
            "Không có bước số 12 trong chương trình."),
        Arguments.of(
            Messages.ENGLISH,
            new InvalidInputException(List.of(Problem.of("conference", "agenda.conferenceClosed"))),
            "The conference is closed: reopen it before changing steps."),
        Arguments.of(Messages.ENGLISH, new IllegalStateException("boom"), "boom"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void namesWhatIsWrongInTheUsersLanguage(Locale language, Throwable t, String expected) {
    assertThat(ErrorText.describe(t, new Messages(language))).contains(expected);
  }

  @ParameterizedTest
  @MethodSource("failures")
  void theWindowTellsItAsTheCommandsDo(Locale language, Throwable t, String ignored) {
    assertThat(ErrorMessages.describe(t, new I18n(language)))
        .isEqualTo(ErrorText.describe(t, new Messages(language)));
  }
}
