package vn.binhxet.domain;

import java.util.List;
import java.util.Optional;

/** The stored audit log: entries are appended, never changed. Joins the caller's transaction. */
public interface AuditLogRepository {
  Optional<AuditEntry> last();

  /** Where the chain ends: what {@link #last} gives, without the entry's text. */
  default Optional<AuditEntry.Link> lastLink() {
    return last().map(AuditEntry::link);
  }

  void append(AuditEntry entry);

  List<AuditEntry> all();
}
