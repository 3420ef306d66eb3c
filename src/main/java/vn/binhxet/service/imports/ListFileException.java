package vn.binhxet.service.imports;

import vn.binhxet.service.Problem;

/** The file as a whole cannot be used; the problem says why, in message-key form. */
final class ListFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final transient SourceFormat format;

  ListFileException(SourceFormat format, String messageKey, Object... args) {
    super(messageKey);
    this.problem = Problem.of(ListReading.FILE, messageKey, args);
    this.format = format;
  }

  Problem problem() {
    return problem;
  }

  /** How far the file was understood; null when not even its kind was. */
  SourceFormat format() {
    return format;
  }
}
