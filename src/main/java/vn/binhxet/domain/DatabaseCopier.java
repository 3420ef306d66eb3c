package vn.binhxet.domain;

/** Copies the open database while it is in use. */
@FunctionalInterface
public interface DatabaseCopier {
  /**
   * Writes a consistent copy of the open database to {@code location}, under a temporary name moved
   * into place only once it is whole, so a crash never leaves half a backup under that name.
   *
   * @throws StorageException when it cannot be written; the database is not affected
   */
  void backupTo(String location);
}
