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

  /** The demo conference stored with a named chair and secretary; no votes taken. Its id. */
  static long storeNamedDemo(Database db) {
    var demo = vn.binhxet.domain.DemoConference.create();
    java.util.List<vn.binhxet.domain.Participant> people = new java.util.ArrayList<>();
    for (var p : demo.participants()) {
      String name =
          switch (p.role()) {
            case CHAIR -> "Nguyễn Văn An";
            case SECRETARY -> "Trần Thị Bích";
            case COUNTING_HEAD -> "Lê Văn Cường";
            default -> p.fullName();
          };
      people.add(
          new vn.binhxet.domain.Participant(
              p.kind(),
              name,
              p.title(),
              p.unitName(),
              p.organisation(),
              p.role(),
              p.entitledToVote()));
    }
    var named =
        new vn.binhxet.domain.Conference(
            demo.clusterName(),
            demo.reviewYear(),
            demo.title(),
            demo.heldOn(),
            demo.startsAt(),
            demo.place(),
            demo.hostUnitName(),
            demo.header(),
            demo.distribution(),
            false,
            demo.members(),
            people,
            demo.awards(),
            demo.votes(),
            demo.agenda());
    var repo = new JooqConferenceRepository(db.dsl());
    return db.dsl().transactionResult(() -> repo.create(named, java.time.Instant.now()));
  }
}
