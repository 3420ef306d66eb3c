package vn.binhxet.pdf;

import java.time.Clock;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.persistence.JooqConferenceRepository;
import vn.binhxet.persistence.JooqTransactionRunner;
import vn.binhxet.persistence.JooqVoteRepository;
import vn.binhxet.service.DocumentService;

/** The document service over a test's own database, rendering with iText as the app does. */
final class DocumentFixtures {
  private DocumentFixtures() {}

  static DocumentService documents(Database db, Clock clock) {
    return new DocumentService(
        new JooqTransactionRunner(db.dsl()),
        new JooqConferenceRepository(db.dsl()),
        new JooqVoteRepository(db.dsl()),
        new JooqAuditLogRepository(db.dsl()),
        clock,
        new PdfDocuments());
  }
}
