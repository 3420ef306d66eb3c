package vn.binhxet.ui.common;

/**
 * The dialogs controllers may open, behind an interface so that controllers are tested without
 * them.
 */
public interface DialogService {
  void showError(String title, String message);

  void showInformation(String title, String message);

  /** Asks the user to confirm; true when they do. */
  boolean confirm(String title, String message);

  /** Asks for a line of text (a reason); empty when the user cancels. */
  java.util.Optional<String> askText(String title, String prompt);
}
