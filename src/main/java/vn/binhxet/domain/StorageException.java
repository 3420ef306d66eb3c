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

  public StorageException(StorageProblem problem, String where, Throwable cause) {
    super(problem + ": " + where, cause);
    this.problem = Objects.requireNonNull(problem);
    this.where = where;
  }

  public StorageProblem problem() {
    return problem;
  }

  public String where() {
    return where;
  }
}
