package vn.binhxet.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Appends to the audit log and walks its chain. */
public final class AuditTrail {
  private final AuditLogRepository log;
  private final Clock clock;

  public AuditTrail(AuditLogRepository log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** Appends an entry; call it inside the transaction that makes the change it records. */
  public AuditEntry record(Long conferenceId, String action, String subject, String details) {
    return recordAfter(log.lastLink(), conferenceId, action, subject, details);
  }

  /**
   * Appends an entry after {@code last}, read by {@link #lastLink} earlier in the same transaction
   * (a transaction that records only this entry): an entry of a round reads it anyway, to know
   * whether anything else was logged since its own last entry.
   */
  public AuditEntry recordAfter(
      java.util.Optional<AuditEntry.Link> last,
      Long conferenceId,
      String action,
      String subject,
      String details) {
    AuditEntry entry =
        AuditEntry.next(
            last.orElse(null),
            // Microseconds: what the database keeps, so a stored entry hashes as it did when
            // written.
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            conferenceId,
            action,
            subject,
            details);
    log.append(entry);
    return entry;
  }

  /** The newest entry, if any. */
  public java.util.Optional<AuditEntry> last() {
    return log.last();
  }

  /** Where the chain ends, if it has begun. */
  public java.util.Optional<AuditEntry.Link> lastLink() {
    return log.lastLink();
  }

  /** How an entry no longer fits the chain. */
  public enum BreakKind {
    /** Its content no longer gives its hash: the entry itself was edited. */
    EDITED,
    /** Its number does not follow the one before: entries before it were removed. */
    MISSING_BEFORE,
    /**
     * It is whole, but the entry before it is not the one it was written after: that one was
     * replaced, or rewritten with a new hash.
     */
    RELINKED
  }

  /** Where the chain is broken, and how. */
  public record Break(long seq, BreakKind kind) {}

  /** The sequence numbers at which the chain is broken; empty when it is intact. */
  public List<Long> brokenAt() {
    return breaks(log.all()).stream().map(Break::seq).toList();
  }

  static List<Long> brokenAt(List<AuditEntry> entries) {
    return breaks(entries).stream().map(Break::seq).toList();
  }

  /** Every break of the chain of {@code entries}, in order; empty when it is intact. */
  public static List<Break> breaks(List<AuditEntry> entries) {
    List<Break> broken = new ArrayList<>();
    String prev = AuditEntry.GENESIS;
    long expectedSeq = 1;
    for (AuditEntry e : entries) {
      if (!e.hashMatches()) {
        broken.add(new Break(e.seq(), BreakKind.EDITED));
      } else if (e.seq() != expectedSeq) {
        broken.add(new Break(e.seq(), BreakKind.MISSING_BEFORE));
      } else if (!e.prevHash().equals(prev)) {
        broken.add(new Break(e.seq(), BreakKind.RELINKED));
      }
      prev = e.hash();
      expectedSeq = e.seq() + 1;
    }
    return broken;
  }
}
