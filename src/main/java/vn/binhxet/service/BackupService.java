package vn.binhxet.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.domain.BackupStore;
import vn.binhxet.domain.DatabaseCopier;
import vn.binhxet.domain.TransactionRunner;

/**
 * When the open database is backed up into the data folder: after a round closes, after a durable
 * write once the interval has passed since the last backup, and at exit when something was written.
 * The backups folder keeps the policy's count, the oldest deleted first. Automatic backups run
 * after the write that made them due, on the thread {@link #takeBackupsOn} gives (the writing
 * thread unless told), and never fail the write.
 */
public final class BackupService {
  /** Audit actions that settle an outcome: the backup is taken at once, not at the interval. */
  static final Set<String> MILESTONES = Set.of("ROUND_CLOSED", "TIE_DECIDED", "CONFERENCE_CLOSED");

  /**
   * Milestones closer together than this share one backup (the demo closes a dozen rounds in a
   * second); the one held back is taken by the next write after the gap, or at exit.
   */
  static final Duration MILESTONE_GAP = Duration.ofSeconds(10);

  private final BackupStore store;
  private final DatabaseCopier copier;
  private final TransactionRunner tx;
  private final AuditLogRepository log;
  private final Clock clock;
  private final BackupPolicy policy;

  private Instant lastBackup;
  private boolean lastBackupKnown;
  private boolean written;
  private boolean milestonePending;
  private volatile boolean milestoneLogged;
  private RuntimeException lastFailure;
  private Executor later = Runnable::run;
  private boolean scheduled;

  public BackupService(
      BackupStore store,
      DatabaseCopier copier,
      TransactionRunner tx,
      AuditLogRepository log,
      Clock clock,
      BackupPolicy policy) {
    this.store = store;
    this.copier = copier;
    this.tx = tx;
    this.log = log;
    this.clock = clock;
    this.policy = policy;
  }

  /**
   * Takes the automatic backups with {@code later} rather than on the writing thread. The app gives
   * its tasks' thread: an entry's result is then shown without waiting for a copy of the whole
   * database, which is taken before the next task, with no write beside it.
   */
  public synchronized void takeBackupsOn(Executor later) {
    this.later = later;
  }

  /**
   * A write has just become durable (called on the writing thread, after the commit): back up when
   * it settled an outcome or when the interval has passed. A failure is kept for {@link
   * #lastFailure}, never thrown: the write itself succeeded.
   */
  public synchronized void afterDurableWrite() {
    written = true;
    try {
      // The log is read only when a milestone was logged: not after each of a thousand ballots.
      // Read, because the transaction that logged it may have been rolled back since.
      if (milestoneLogged) {
        milestoneLogged = false;
        if (tx.read(log::last).map(AuditEntry::action).filter(MILESTONES::contains).isPresent()) {
          milestonePending = true;
        }
      }
      Instant now = clock.instant();
      Instant last = lastBackup();
      if (last == null
          || (milestonePending && !now.isBefore(last.plus(MILESTONE_GAP)))
          || !now.isBefore(last.plus(policy.interval()))) {
        schedule();
      }
    } catch (RuntimeException e) {
      lastFailure = e;
    }
  }

  /** Once for each backup due, however many writes come before it is taken. */
  private void schedule() {
    if (scheduled) {
      return;
    }
    scheduled = true;
    try {
      later.execute(this::takeScheduled);
    } catch (RuntimeException e) {
      scheduled = false;
      throw e;
    }
  }

  private synchronized void takeScheduled() {
    scheduled = false;
    try {
      backUp(milestonePending ? BackupReason.ROUND_CLOSED : BackupReason.AUTO);
      lastFailure = null;
    } catch (RuntimeException e) {
      lastFailure = e;
    }
  }

  /**
   * {@code stored}, telling this service of each entry appended through it (in a transaction not
   * yet committed): the app writes its log through it, so that a milestone is noticed without
   * reading the log after every write.
   */
  public AuditLogRepository watching(AuditLogRepository stored) {
    return new AuditLogRepository() {
      @Override
      public Optional<AuditEntry> last() {
        return stored.last();
      }

      @Override
      public Optional<AuditEntry.Link> lastLink() {
        return stored.lastLink();
      }

      @Override
      public void append(AuditEntry entry) {
        stored.append(entry);
        if (MILESTONES.contains(entry.action())) {
          milestoneLogged = true;
        }
      }

      @Override
      public List<AuditEntry> all() {
        return stored.all();
      }
    };
  }

  /**
   * The app or a command is closing: back up when anything was written since the last backup.
   *
   * @return the backup taken, empty when nothing needed it
   * @throws vn.binhxet.domain.StorageException when it cannot be written
   */
  public synchronized Optional<Backup> atExit() {
    if (!written) {
      return Optional.empty();
    }
    return Optional.of(backUp(BackupReason.EXIT));
  }

  /**
   * Writes a backup of the open database to {@code location}, outside the backups folder (the
   * user's own copy); it takes no part in the rotation.
   */
  public void exportTo(String location) {
    copier.backupTo(location);
  }

  /** The data folder's backups, newest first. */
  public List<Backup> list() {
    return Backups.newestFirst(store);
  }

  /** The last automatic backup that failed, or null when the last one succeeded. */
  public synchronized RuntimeException lastFailure() {
    return lastFailure;
  }

  private Backup backUp(BackupReason reason) {
    store.removeUnfinished();
    Instant now = clock.instant();
    LocalDateTime at = LocalDateTime.ofInstant(now, clock.getZone());
    String name = Backups.freshName(store, at, reason);
    String location = store.locationOf(name);
    copier.backupTo(location);
    lastBackup = now;
    lastBackupKnown = true;
    written = false;
    milestonePending = false;
    Backups.keepNewest(store, policy.keep());
    return Backups.newestFirst(store).stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElse(new Backup(name, location, at, reason, 0));
  }

  /** When the newest backup of the folder was taken, read once; null when there is none. */
  private Instant lastBackup() {
    if (!lastBackupKnown) {
      lastBackup =
          Backups.newestFirst(store).stream()
              .findFirst()
              .map(b -> b.takenAt().atZone(clock.getZone()).toInstant())
              .orElse(null);
      lastBackupKnown = true;
    }
    return lastBackup;
  }
}
