package vn.binhxet.domain;

import java.util.Objects;

/** A backup that cannot be restored, and why; the data in use was not changed. */
public final class BackupRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a backup is refused. Each has a message in the bundles ({@code backup.refused.*}). */
  public enum Reason {
    /** There is no such file. */
    MISSING,
    /** It cannot be read as a zip file: not a zip, or cut short. */
    NOT_A_ZIP,
    /** A zip file without a Bình Xét database in it. */
    NOT_A_BACKUP,
    /** A database that is not Bình Xét's. */
    FOREIGN,
    /** The database in it is damaged. */
    DAMAGED,
    /** Written by a newer version than this one. */
    NEWER_VERSION,
    /** It is encrypted, and no password was given. */
    PASSWORD_NEEDED,
    /** It is encrypted, and the password given does not open it. */
    WRONG_PASSWORD,
    /** Its audit chain or a round's fingerprint does not check out. */
    TAMPERED,
    /** There is no backup to restore. */
    NONE
  }

  private final Reason reason;
  private final String where;

  public BackupRefusedException(Reason reason, String where, Throwable cause) {
    super(reason + ": " + where, cause);
    this.reason = Objects.requireNonNull(reason);
    this.where = where;
  }

  public Reason reason() {
    return reason;
  }

  public String where() {
    return where;
  }
}
