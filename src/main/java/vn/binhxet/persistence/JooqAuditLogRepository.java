package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.AUDIT_LOG;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.persistence.jooq.tables.records.AuditLogRecord;

public final class JooqAuditLogRepository implements AuditLogRepository {
  private final DSLContext dsl;
  private final Prepared lastLink;
  private final Prepared append;

  public JooqAuditLogRepository(DSLContext dsl) {
    this.dsl = dsl;
    // Every entry of a round reads where the chain ends, to chain its own entry and to know whether
    // anything was logged since its round's last entry; the entry's text, often long, is not read.
    this.lastLink =
        new Prepared(
            dsl,
            dsl.select(AUDIT_LOG.SEQ, AUDIT_LOG.HASH)
                .from(AUDIT_LOG)
                .orderBy(AUDIT_LOG.SEQ.desc())
                .limit(DSL.inline(1)));
    this.append =
        new Prepared(
            dsl,
            dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.SEQ, Prepared.value(AUDIT_LOG.SEQ))
                .set(AUDIT_LOG.AT, Prepared.value(AUDIT_LOG.AT))
                .set(AUDIT_LOG.CONFERENCE_ID, Prepared.value(AUDIT_LOG.CONFERENCE_ID))
                .set(AUDIT_LOG.ACTION, Prepared.value(AUDIT_LOG.ACTION))
                .set(AUDIT_LOG.SUBJECT, Prepared.value(AUDIT_LOG.SUBJECT))
                .set(AUDIT_LOG.DETAILS, Prepared.value(AUDIT_LOG.DETAILS))
                .set(AUDIT_LOG.PREV_HASH, Prepared.value(AUDIT_LOG.PREV_HASH))
                .set(AUDIT_LOG.HASH, Prepared.value(AUDIT_LOG.HASH)));
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
  public Optional<AuditEntry.Link> lastLink() {
    return lastLink.first(rs -> new AuditEntry.Link(rs.getLong(1), rs.getString(2)));
  }

  @Override
  public void append(AuditEntry e) {
    append.execute(
        e.seq(),
        e.at().atOffset(ZoneOffset.UTC),
        e.conferenceId(),
        e.action(),
        e.subject(),
        e.details(),
        e.prevHash(),
        e.hash());
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
