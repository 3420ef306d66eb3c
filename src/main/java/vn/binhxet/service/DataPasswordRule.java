package vn.binhxet.service;

/** What a new password of the data must be, the same in the window and at the terminal. */
public final class DataPasswordRule {
  /** Shorter passwords are refused: they are guessed too quickly from a copied file. */
  public static final int MIN_LENGTH = 8;

  private DataPasswordRule() {}

  public static boolean longEnough(char[] password) {
    return password != null && password.length >= MIN_LENGTH;
  }
}
