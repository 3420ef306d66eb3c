package vn.binhxet.cli;

/**
 * Asks the person at the terminal for a password, without echoing it where the terminal allows.
 * Returns null when nothing can be read; the caller wipes what it gets.
 */
@FunctionalInterface
public interface PasswordPrompt {
  char[] ask(String prompt);
}
