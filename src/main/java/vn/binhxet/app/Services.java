package vn.binhxet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.pdf.PdfDocuments;
import vn.binhxet.persistence.BackupFolder;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.DatabaseSwap;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.persistence.JooqConferenceRepository;
import vn.binhxet.persistence.JooqPreparationRepository;
import vn.binhxet.persistence.JooqTransactionRunner;
import vn.binhxet.persistence.JooqVoteRepository;
import vn.binhxet.persistence.OnlineBackup;
import vn.binhxet.service.AgendaService;
import vn.binhxet.service.AuditService;
import vn.binhxet.service.BackupPolicy;
import vn.binhxet.service.BackupService;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.DemoService;
import vn.binhxet.service.DocumentService;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.PreparationService;
import vn.binhxet.service.ProgrammeService;
import vn.binhxet.service.RestoreService;
import vn.binhxet.service.VoteService;

/** The database of a data folder and the services over it, wired by constructor. */
public final class Services implements AutoCloseable {
  private final Path dataDir;
  private final Database database;
  private final ConferenceService conferences;
  private final VoteService votes;
  private final EntryService entries;
  private final DemoService demo;
  private final AuditService auditService;
  private final AgendaService agenda;
  private final ConferenceFileService files;
  private final DocumentService documents;
  private final PreparationService preparation;
  private final ProgrammeService programme;
  private final BackupService backups;
  private final List<Runnable> durableWrites = new CopyOnWriteArrayList<>();

  private Services(Path dataDir, Database database, Clock clock, BackupPolicy policy) {
    this.dataDir = dataDir;
    this.database = database;
    var tx =
        new JooqTransactionRunner(
            database.dsl(),
            database::ensureRoomToWrite,
            () -> {
              durableWrites.forEach(Runnable::run);
              // After the screens were told: "saved" must not wait for the backup.
              backups().afterDurableWrite();
            });
    var stored = new JooqAuditLogRepository(database.dsl());
    this.backups =
        new BackupService(
            new BackupFolder(dataDir), new OnlineBackup(database), tx, stored, clock, policy);
    var log = backups.watching(stored);
    var audit = new AuditTrail(log, clock);
    var conferenceRepository = new JooqConferenceRepository(database.dsl());
    var voteRepository = new JooqVoteRepository(database.dsl());
    this.conferences = new ConferenceService(tx, conferenceRepository, audit, clock);
    this.votes = new VoteService(tx, conferenceRepository, voteRepository, audit, clock);
    this.entries = new EntryService(tx, conferenceRepository, voteRepository, audit, clock);
    this.demo = new DemoService(conferences, votes, entries);
    this.agenda = new AgendaService(tx, conferenceRepository, voteRepository, audit, clock);
    this.auditService = new AuditService(tx, log, voteRepository, conferenceRepository);
    var preparationRepository = new JooqPreparationRepository(database.dsl());
    this.preparation =
        new PreparationService(
            tx, conferenceRepository, preparationRepository, voteRepository, audit, clock);
    this.programme =
        new ProgrammeService(
            tx, conferenceRepository, preparationRepository, voteRepository, audit);
    this.files =
        new ConferenceFileService(
            tx,
            conferenceRepository,
            voteRepository,
            log,
            audit,
            clock,
            "Bình Xét " + Version.current());
    this.documents =
        new DocumentService(
            tx, conferenceRepository, voteRepository, log, clock, new PdfDocuments());
  }

  /**
   * Opens the database of {@code dataDir}.
   *
   * @throws vn.binhxet.domain.StorageException when it cannot be used; nothing is changed then
   */
  public static Services open(Path dataDir, Clock clock) {
    return open(dataDir, null, clock);
  }

  /**
   * Opens the database of {@code dataDir} with the password of its encrypted file (null for none);
   * the caller wipes the password afterwards.
   *
   * @throws vn.binhxet.domain.StorageException when it cannot be used; nothing is changed then
   */
  public static Services open(Path dataDir, char[] password, Clock clock) {
    return new Services(
        dataDir, Database.open(dataDir, password), clock, new SettingsFile(dataDir).backupPolicy());
  }

  /**
   * Restores backups into {@code dataDir}, whose database must be closed (no {@code Services} open
   * on it).
   */
  public static RestoreService restorer(Path dataDir, Clock clock) {
    return restorer(dataDir, clock, () -> null);
  }

  /**
   * Restores backups into {@code dataDir}, asking {@code backupPassword} for the password of an
   * encrypted backup (null: none given).
   */
  public static RestoreService restorer(
      Path dataDir, Clock clock, java.util.function.Supplier<char[]> backupPassword) {
    return new RestoreService(
        new BackupFolder(dataDir),
        new DatabaseSwap(dataDir, backupPassword),
        clock,
        new SettingsFile(dataDir).backupPolicy());
  }

  /** Tells {@code listener}, on the writing thread, each time a write has become durable. */
  public void onDurableWrite(Runnable listener) {
    durableWrites.add(listener);
  }

  public Path dataDir() {
    return dataDir;
  }

  public ConferenceService conferences() {
    return conferences;
  }

  public VoteService votes() {
    return votes;
  }

  public EntryService entries() {
    return entries;
  }

  public DemoService demo() {
    return demo;
  }

  public AgendaService agenda() {
    return agenda;
  }

  public AuditService audit() {
    return auditService;
  }

  public ConferenceFileService files() {
    return files;
  }

  /** The minutes, counting records, ballot papers and attendance sheet. */
  public DocumentService documents() {
    return documents;
  }

  /** The automatic backups, and a copy on demand. */
  public BackupService backups() {
    return backups;
  }

  public PreparationService preparation() {
    return preparation;
  }

  public ProgrammeService programme() {
    return programme;
  }

  @Override
  public void close() {
    database.close();
  }
}
