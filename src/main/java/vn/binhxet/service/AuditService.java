package vn.binhxet.service;

import java.util.List;
import java.util.Optional;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.TransactionRunner;

/** Walks the audit chain: any later edit or deletion in the database shows as a broken link. */
public final class AuditService {
  private final TransactionRunner tx;
  private final AuditTrail trail;
  private final AuditLogRepository log;

  public AuditService(TransactionRunner tx, AuditTrail trail, AuditLogRepository log) {
    this.tx = tx;
    this.trail = trail;
    this.log = log;
  }

  /** What a walk of the chain found. */
  public record Verdict(long entries, List<Long> brokenAt, Optional<AuditEntry> firstBad) {
    public boolean intact() {
      return brokenAt.isEmpty();
    }
  }

  public Verdict verify() {
    return tx.read(
        () -> {
          List<AuditEntry> all = log.all();
          List<Long> broken = trail.brokenAt();
          Optional<AuditEntry> first =
              broken.isEmpty()
                  ? Optional.empty()
                  : all.stream().filter(e -> e.seq() == broken.get(0)).findFirst();
          return new Verdict(all.size(), broken, first);
        });
  }
}
