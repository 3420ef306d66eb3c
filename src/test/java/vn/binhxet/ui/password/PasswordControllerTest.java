package vn.binhxet.ui.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;

/** The password items of the File menu, without the toolkit. */
class PasswordControllerTest {
  /** What the app was asked to do: the two passwords as typed, "-" for none. */
  private final List<String> changes = new ArrayList<>();

  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();

  private PasswordController controller(boolean encrypted) {
    return new PasswordController(
        () -> encrypted,
        (now, next) ->
            changes.add(
                (now == null ? "-" : new String(now))
                    + " → "
                    + (next == null ? "-" : new String(next))),
        dialogs,
        new I18n(Messages.ENGLISH));
  }

  static Stream<Arguments> typings() {
    return Stream.of(
        Arguments.of("set", false, List.of("mật khẩu mới", "mật khẩu mới"), "- → mật khẩu mới", ""),
        Arguments.of(
            "change",
            true,
            List.of("cũ lắm rồi", "mật khẩu mới", "mật khẩu mới"),
            "cũ lắm rồi → mật khẩu mới",
            ""),
        Arguments.of("too short", false, List.of("ngắn"), "", "at least 8 characters"),
        Arguments.of(
            "typed differently",
            false,
            List.of("mật khẩu mới", "mật khẩu mơi"),
            "",
            "typed differently the second time"),
        Arguments.of("cancelled at the new one", true, List.of("cũ lắm rồi"), "", ""),
        Arguments.of("cancelled at once", true, List.of(), "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typings")
  void theNewPasswordIsAskedTwiceAndHandedOverOnlyWhenItWillDo(
      String what, boolean encrypted, List<String> typed, String change, String error) {
    dialogs.passwords.addAll(typed);
    controller(encrypted).onChangePassword();
    assertThat(changes).isEqualTo(change.isEmpty() ? List.of() : List.of(change));
    if (error.isEmpty()) {
      assertThat(dialogs.errors).isEmpty();
    } else {
      assertThat(dialogs.errors).singleElement().asString().contains(error);
    }
  }

  @Test
  void settingAPasswordFirstSaysWhatItMeansAndMayBeDeclined() {
    dialogs.confirmAnswer = false;
    dialogs.passwords.addAll(List.of("mật khẩu mới", "mật khẩu mới"));
    controller(false).onChangePassword();
    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .contains("there is no way to open");
    assertThat(changes).isEmpty();
  }

  @Test
  void removingAsksTheCurrentPasswordOnlyWhenThereIsOne() {
    controller(false).onRemovePassword();
    assertThat(dialogs.infos).singleElement().asString().contains("no password");
    assertThat(changes).isEmpty();

    dialogs.passwords.add("cũ lắm rồi");
    controller(true).onRemovePassword();
    assertThat(changes).containsExactly("cũ lắm rồi → -");
  }

  @Test
  void refusedPasswordsAreWiped() {
    dialogs.passwords.addAll(List.of("cũ lắm rồi", "mật khẩu mới", "mật khẩu khác"));
    controller(true).onChangePassword();
    assertThat(changes).isEmpty();
    assertThat(dialogs.handedOut).hasSize(3).allSatisfy(a -> assertThat(a).containsOnly('\0'));
  }
}
