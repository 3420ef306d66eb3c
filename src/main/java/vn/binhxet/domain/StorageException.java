package vn.binhxet.domain;

import java.util.Objects;

/**
 * The data cannot be opened or written; nothing was changed. {@code where} names the folder or
 * file.
 */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final StorageProblem problem;
  private final String where;
  private final String detail;

  public StorageException(StorageProblem problem, String where, Throwable cause) {
    this(problem, where, null, cause);
  }

  /**
   * @param detail what the message adds to the problem and the place (the holder of the folder, the
   *     space left); null for the cause's own message
   */
  public StorageException(StorageProblem problem, String where, String detail, Throwable cause) {
    super(problem + ": " + where + (detail == null ? "" : " (" + detail + ")"), cause);
    this.problem = Objects.requireNonNull(problem);
    this.where = where;
    this.detail = detail;
  }

  public StorageProblem problem() {
    return problem;
  }

  public String where() {
    return where;
  }

  /** The detail given when thrown, else the cause's message, else empty. */
  public String detail() {
    if (detail != null) {
      return detail;
    }
    return getCause() == null ? "" : String.valueOf(getCause().getMessage());
  }
}
