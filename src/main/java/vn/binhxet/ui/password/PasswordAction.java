package vn.binhxet.ui.password;

/**
 * Sets, changes or removes the data's password. Given by the app, which alone can close the
 * window's services before the file is re-encrypted and reopen them after; it wipes both arrays.
 */
@FunctionalInterface
public interface PasswordAction {
  /**
   * @param current null when the data has no password
   * @param next null to remove the password
   */
  void change(char[] current, char[] next);
}
