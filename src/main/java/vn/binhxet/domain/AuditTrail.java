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
    AuditEntry entry =
        AuditEntry.next(
            log.last().orElse(null),
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

  /** The sequence numbers at which the chain is broken; empty when it is intact. */
  public List<Long> brokenAt() {
    return brokenAt(log.all());
  }

  static List<Long> brokenAt(List<AuditEntry> entries) {
    List<Long> broken = new ArrayList<>();
    String prev = AuditEntry.GENESIS;
    long expectedSeq = 1;
    for (AuditEntry e : entries) {
      if (e.seq() != expectedSeq || !e.prevHash().equals(prev) || !e.hashMatches()) {
        broken.add(e.seq());
      }
      prev = e.hash();
      expectedSeq = e.seq() + 1;
    }
    return broken;
  }
}
