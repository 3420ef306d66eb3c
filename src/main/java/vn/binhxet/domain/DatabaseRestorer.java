package vn.binhxet.domain;

/**
 * Puts a backup in place of the data folder's database, which must be closed. A backup is first
 * unpacked and opened apart ({@link #stage}), so that it can be checked before anything is
 * replaced.
 */
public interface DatabaseRestorer {
  /**
   * Unpacks the backup at {@code location} beside the database and opens a copy of it apart for
   * checking.
   *
   * @throws BackupRefusedException when it is missing, not a Bình Xét backup, damaged or from a
   *     newer version; nothing is changed then
   */
  StagedBackup stage(String location);

  /**
   * Copies the closed database as it is (even damaged) into a backup at {@code location}; false
   * when there is no database yet.
   *
   * @throws StorageException when another copy of the app has it open or it cannot be copied
   */
  boolean archiveCurrent(String location);

  /** Whether the data folder's database, as it is now, has a password. */
  boolean currentEncrypted();
}
