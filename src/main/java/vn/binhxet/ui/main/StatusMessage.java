package vn.binhxet.ui.main;

import java.util.List;

/** The status line as a message key and its arguments, so that it follows a change of language. */
public record StatusMessage(String key, List<Object> args) {
  public StatusMessage {
    args = List.copyOf(args);
  }

  public static StatusMessage of(String key, Object... args) {
    return new StatusMessage(key, List.of(args));
  }
}
