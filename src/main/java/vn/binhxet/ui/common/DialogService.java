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

  /** Asks the user to tick exactly {@code count} of {@code options}; empty when they cancel. */
  java.util.Optional<java.util.List<String>> chooseAmong(
      String title, String prompt, java.util.List<String> options, int count);

  /** Asks for a line of text (a reason); empty when the user cancels. */
  java.util.Optional<String> askText(String title, String prompt);

  /**
   * Asks for a password, never shown on the screen; empty when the user cancels. The caller wipes
   * the characters once used.
   */
  java.util.Optional<char[]> askPassword(String title, String prompt);

  /** Asks for a file to read; empty when the user cancels. The first filter is chosen. */
  java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, FileFilter... filters);

  /**
   * Asks where to save a file, offering {@code suggestedName}; empty when the user cancels. The
   * chooser itself asks before replacing a file. The first filter is chosen.
   */
  java.util.Optional<java.nio.file.Path> chooseFileToSave(
      String title, String suggestedName, FileFilter... filters);

  /** A choice of the file chooser: its description as shown, and its patterns ({@code "*.csv"}). */
  record FileFilter(String description, java.util.List<String> patterns) {
    public FileFilter {
      patterns = java.util.List.copyOf(patterns);
    }
  }
}
