package vn.binhxet.domain;

/** A conference asked for by id does not exist. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long id;

  public NotFoundException(long id) {
    super("no conference with id " + id);
    this.id = id;
  }

  public long id() {
    return id;
  }
}
