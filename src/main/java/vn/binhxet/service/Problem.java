package vn.binhxet.service;

import java.util.List;

/**
 * A fault in what the user entered: the field at fault, and the message key with its arguments, so
 * that a screen can show it next to the field and a command can print it, each in the user's
 * language.
 */
public record Problem(String field, String messageKey, List<Object> args) {
  public Problem {
    args = List.copyOf(args);
  }

  public static Problem of(String field, String messageKey, Object... args) {
    return new Problem(field, messageKey, List.of(args));
  }
}
