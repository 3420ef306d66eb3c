package vn.binhxet.domain;

/** Why the data folder or its database cannot be used. Each has a message in the bundles. */
public enum StorageProblem {
  DATA_DIR_NOT_WRITABLE,
  IN_USE_BY_ANOTHER_COPY,
  NEWER_VERSION,
  CORRUPTED,
  UNREADABLE,
  /** The file is encrypted and no password was given. */
  PASSWORD_NEEDED,
  /** The password given does not open the file. */
  WRONG_PASSWORD,
  /** Too little space is left on the data folder's disk to write safely. */
  DISK_FULL,
  /** A backup could not be written; the data in use is not affected. */
  BACKUP_UNWRITABLE
}
