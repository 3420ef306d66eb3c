package vn.binhxet.ui.password;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import vn.binhxet.service.DataPasswordRule;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.I18n;

/**
 * "Password of the data…": asks the current password when there is one, then the new one twice, and
 * hands them to the app. Nothing is kept: every array is wiped once handed over or refused.
 */
public final class PasswordController {
  private final BooleanSupplier encrypted;
  private final PasswordAction action;
  private final DialogService dialogs;
  private final I18n i18n;

  public PasswordController(
      BooleanSupplier encrypted, PasswordAction action, DialogService dialogs, I18n i18n) {
    this.encrypted = encrypted;
    this.action = action;
    this.dialogs = dialogs;
    this.i18n = i18n;
  }

  /** Sets the password, or changes it when there is one. */
  public void onChangePassword() {
    boolean has = encrypted.getAsBoolean();
    String title = i18n.tr(has ? "password.change.title" : "password.set.title");
    if (!has && !dialogs.confirm(title, i18n.tr("password.set.explain"))) {
      return;
    }
    char[] current = null;
    if (has) {
      Optional<char[]> typed = dialogs.askPassword(title, i18n.tr("password.ask.current"));
      if (typed.isEmpty()) {
        return;
      }
      current = typed.get();
    }
    Optional<char[]> next = askNew(title);
    if (next.isEmpty()) {
      wipe(current);
      return;
    }
    action.change(current, next.get());
  }

  /** Removes the password: the data is decrypted. */
  public void onRemovePassword() {
    if (!encrypted.getAsBoolean()) {
      dialogs.showInformation(
          i18n.tr("password.remove.title"), i18n.tr("password.remove.notEncrypted"));
      return;
    }
    String title = i18n.tr("password.remove.title");
    Optional<char[]> current = dialogs.askPassword(title, i18n.tr("password.remove.explain"));
    current.ifPresent(c -> action.change(c, null));
  }

  private Optional<char[]> askNew(String title) {
    Optional<char[]> first =
        dialogs.askPassword(title, i18n.tr("password.ask.new", DataPasswordRule.MIN_LENGTH));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (!DataPasswordRule.longEnough(first.get())) {
      wipe(first.get());
      dialogs.showError(title, i18n.tr("password.tooShort", DataPasswordRule.MIN_LENGTH));
      return Optional.empty();
    }
    Optional<char[]> again = dialogs.askPassword(title, i18n.tr("password.ask.again"));
    if (again.isEmpty() || !Arrays.equals(first.get(), again.get())) {
      wipe(first.get());
      again.ifPresent(PasswordController::wipe);
      if (again.isPresent()) {
        dialogs.showError(title, i18n.tr("password.differ"));
      }
      return Optional.empty();
    }
    wipe(again.get());
    return first;
  }

  private static void wipe(char[] a) {
    if (a != null) {
      Arrays.fill(a, '\0');
    }
  }
}
