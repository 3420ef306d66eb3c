package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.AUDIT_LOG;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.persistence.jooq.tables.records.AuditLogRecord;

public final class JooqAuditLogRepository implements AuditLogRepository {
  private final DSLContext dsl;

  public JooqAuditLogRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<AuditEntry> last() {
    return dsl.selectFrom(AUDIT_LOG)
        .orderBy(AUDIT_LOG.SEQ.desc())
        .limit(1)
        .fetchOptional()
        .map(JooqAuditLogRepository::toEntry);
  }

  @Override
  public void append(AuditEntry e) {
    dsl.insertInto(AUDIT_LOG)
        .set(AUDIT_LOG.SEQ, e.seq())
        .set(AUDIT_LOG.AT, e.at().atOffset(ZoneOffset.UTC))
        .set(AUDIT_LOG.CONFERENCE_ID, e.conferenceId())
        .set(AUDIT_LOG.ACTION, e.action())
        .set(AUDIT_LOG.SUBJECT, e.subject())
        .set(AUDIT_LOG.DETAILS, e.details())
        .set(AUDIT_LOG.PREV_HASH, e.prevHash())
        .set(AUDIT_LOG.HASH, e.hash())
        .execute();
  }

  @Override
  public List<AuditEntry> all() {
    return dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ).fetch(JooqAuditLogRepository::toEntry);
  }

  private static AuditEntry toEntry(AuditLogRecord r) {
    return new AuditEntry(
        r.getSeq(),
        r.getAt().toInstant(),
        r.getConferenceId(),
        r.getAction(),
        r.getSubject(),
        r.getDetails(),
        r.getPrevHash(),
        r.getHash());
  }
}
