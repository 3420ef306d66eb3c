package vn.binhxet.domain;

import java.util.List;
import java.util.Optional;

/** The stored audit log: entries are appended, never changed. Joins the caller's transaction. */
public interface AuditLogRepository {
  Optional<AuditEntry> last();

  void append(AuditEntry entry);

  List<AuditEntry> all();
}
