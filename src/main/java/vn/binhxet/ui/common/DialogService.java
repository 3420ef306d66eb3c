package vn.binhxet.ui.common;

/**
 * The dialogs controllers may open, behind an interface so that controllers are tested without
 * them.
 */
public interface DialogService {
  void showError(String title, String message);

  void showInformation(String title, String message);
}
