package vn.binhxet.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.persistence.JooqConferenceRepository;
import vn.binhxet.persistence.JooqTransactionRunner;
import vn.binhxet.service.ConferenceService;

/** The database of a data folder and the services over it, wired by constructor. */
public final class Services implements AutoCloseable {
  private final Path dataDir;
  private final Database database;
  private final ConferenceService conferences;

  private Services(Path dataDir, Database database, Clock clock) {
    this.dataDir = dataDir;
    this.database = database;
    var tx = new JooqTransactionRunner(database.dsl());
    var audit = new AuditTrail(new JooqAuditLogRepository(database.dsl()), clock);
    this.conferences =
        new ConferenceService(tx, new JooqConferenceRepository(database.dsl()), audit, clock);
  }

  /**
   * Opens the database of {@code dataDir}.
   *
   * @throws vn.binhxet.domain.StorageException when it cannot be used; nothing is changed then
   */
  public static Services open(Path dataDir, Clock clock) {
    return new Services(dataDir, Database.open(dataDir), clock);
  }

  public Path dataDir() {
    return dataDir;
  }

  public ConferenceService conferences() {
    return conferences;
  }

  @Override
  public void close() {
    database.close();
  }
}
