package vn.binhxet.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import vn.binhxet.domain.BackupRefusedException;
import vn.binhxet.domain.BackupStore;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.domain.DatabaseRestorer;
import vn.binhxet.domain.StagedBackup;

/**
 * Puts a backup in place of the data folder's database, which must be closed. The backup is checked
 * first, opened apart: a Bình Xét database this version can read, whose audit chain and round
 * fingerprints hold. Only then is the current database kept as a backup ("before-restore") and
 * replaced in one step. A refused backup changes nothing.
 */
public final class RestoreService {
  private final BackupStore store;
  private final DatabaseRestorer restorer;
  private final Clock clock;
  private final BackupPolicy policy;

  public RestoreService(
      BackupStore store, DatabaseRestorer restorer, Clock clock, BackupPolicy policy) {
    this.store = store;
    this.restorer = restorer;
    this.clock = clock;
    this.policy = policy;
  }

  /** What a backup holds, as checked: its audit entries and its conferences. */
  /**
   * @param encrypted the backup has a password: restored, the data opens with it, whatever the
   *     data's was
   * @param withoutPassword the data has a password and the backup, made before it was set, has
   *     none: restored, the data has none either, which the user must be told
   */
  public record Contents(
      String location,
      long auditEntries,
      List<ConferenceSummary> conferences,
      boolean encrypted,
      boolean withoutPassword) {}

  /**
   * A restore done: what was restored, and where the data that was replaced is kept (null when
   * there was none).
   */
  /** What was restored, and where the data replaced was kept (null when there was none). */
  public record Restored(Contents contents, String keptAs) {}

  /** The data folder's backups, newest first. */
  public List<Backup> list() {
    return Backups.newestFirst(store);
  }

  /**
   * Checks a backup without restoring it: the database in use is not touched, and may be open.
   *
   * @throws BackupRefusedException when it could not be restored, and why
   */
  public Contents check(String location) {
    try (StagedBackup staged = restorer.stage(location)) {
      return contents(staged, location);
    }
  }

  /**
   * Restores the backup at {@code location}.
   *
   * @throws BackupRefusedException when it is refused; nothing was changed then
   * @throws vn.binhxet.domain.StorageException when the data is in use or cannot be replaced
   */
  public Restored restore(String location) {
    try (StagedBackup staged = restorer.stage(location)) {
      Contents contents = contents(staged, location);
      store.removeUnfinished();
      String name = Backups.freshName(store, LocalDateTime.now(clock), BackupReason.BEFORE_RESTORE);
      String keptAs = store.locationOf(name);
      boolean kept = restorer.archiveCurrent(keptAs);
      staged.swapIn();
      Backups.keepNewest(store, Math.max(policy.keep(), 1));
      return new Restored(contents, kept ? keptAs : null);
    }
  }

  /**
   * Restores the newest backup of the data folder that passes the checks (for data that cannot be
   * opened any more).
   *
   * @throws BackupRefusedException with {@link BackupRefusedException.Reason#NONE} when none does
   */
  public Restored restoreLatest() {
    for (Backup b : list()) {
      try {
        return restore(b.location());
      } catch (BackupRefusedException e) {
        // A damaged backup is passed over for the one before it.
      }
    }
    throw new BackupRefusedException(BackupRefusedException.Reason.NONE, "", null);
  }

  private Contents contents(StagedBackup staged, String location) {
    AuditService audit =
        new AuditService(staged.tx(), staged.log(), staged.votes(), staged.conferences());
    AuditService.Verdict verdict = audit.verify();
    if (!verdict.intact()) {
      throw new BackupRefusedException(BackupRefusedException.Reason.TAMPERED, location, null);
    }
    List<ConferenceSummary> conferences = staged.tx().read(staged.conferences()::list);
    return new Contents(
        location,
        verdict.entries(),
        conferences,
        staged.encrypted(),
        restorer.currentEncrypted() && !staged.encrypted());
  }
}
