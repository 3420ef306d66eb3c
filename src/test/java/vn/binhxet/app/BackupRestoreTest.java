package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.binhxet.domain.BackupRefusedException;
import vn.binhxet.domain.BackupRefusedException.Reason;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;
import vn.binhxet.persistence.BackupFolder;
import vn.binhxet.service.Backup;
import vn.binhxet.service.BackupReason;
import vn.binhxet.service.ConferenceResults;
import vn.binhxet.service.ErrorText;
import vn.binhxet.service.Messages;
import vn.binhxet.service.RestoreService;

/** Backups of the real database, and restoring them, through the services the app wires. */
class BackupRestoreTest {
  @TempDir Path dir;

  /** A clock the test moves on by hand. */
  static final class StepClock extends Clock {
    Instant now = Instant.parse("2025-01-03T02:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.ofHours(7);
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private Path data() {
    return dir.resolve("data");
  }

  private Path dataFile() {
    return data().resolve("binhxet.mv.db");
  }

  @Test
  void aBackupRestoresToTheSameResultsAndAnIntactChain() {
    Path zip = dir.resolve("copy.zip");
    long id;
    ConferenceResults before;
    try (Services s = Services.open(data(), Clock.systemDefaultZone())) {
      id = s.demo().create();
      before = s.votes().results(id);
      s.backups().exportTo(zip.toString());
      // Recorded after the backup: the restore takes it away.
      s.demo().create();
      assertThat(s.conferences().list()).hasSize(2);
    }

    RestoreService.Restored restored =
        Services.restorer(data(), Clock.systemDefaultZone()).restore(zip.toString());

    assertThat(restored.contents().conferences()).hasSize(1);
    try (Services s = Services.open(data(), Clock.systemDefaultZone())) {
      assertThat(s.conferences().list()).hasSize(1);
      assertThat(s.votes().results(id)).isEqualTo(before);
      var verdict = s.audit().verify();
      assertThat(verdict.intact()).isTrue();
      assertThat(verdict.entries()).isEqualTo(restored.contents().auditEntries()).isPositive();
    }
  }

  @Test
  void theDataReplacedIsKeptAsABackupThatRestoresIt() {
    Path zip = dir.resolve("empty.zip");
    try (Services s = Services.open(data(), Clock.systemDefaultZone())) {
      s.backups().exportTo(zip.toString());
      s.demo().create();
    }
    RestoreService restorer = Services.restorer(data(), Clock.systemDefaultZone());

    RestoreService.Restored restored = restorer.restore(zip.toString());

    assertThat(restored.keptAs()).endsWith("-before-restore.zip");
    assertThat(restorer.list())
        .anySatisfy(
            b -> {
              assertThat(b.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
              assertThat(b.location()).isEqualTo(restored.keptAs());
            });
    assertThat(restorer.restore(restored.keptAs()).contents().conferences()).hasSize(1);
  }

  @Test
  void rotationKeepsExactlyTheNewestBackups() throws IOException {
    Files.createDirectories(data());
    Files.writeString(data().resolve("settings.properties"), "backups.keep=3\n");
    StepClock clock = new StepClock();
    try (Services s = Services.open(data(), clock)) {
      s.demo().createToRehearse();
      for (int i = 0; i < 5; i++) {
        clock.advance(Duration.ofMinutes(6));
        s.backups().afterDurableWrite();
      }
      assertThat(s.backups().lastFailure()).isNull();
      assertThat(s.backups().list())
          .extracting(Backup::name)
          .containsExactly(
              "binhxet-20250103-093000-auto.zip",
              "binhxet-20250103-092400-auto.zip",
              "binhxet-20250103-091800-auto.zip");
    }
  }

  @Test
  void noBackupBeforeTheIntervalAndNoneAtExitWhenNothingWasWritten() {
    StepClock clock = new StepClock();
    try (Services s = Services.open(data(), clock)) {
      s.demo().createToRehearse();
      int first = s.backups().list().size();
      clock.advance(Duration.ofMinutes(4));
      s.backups().afterDurableWrite();
      assertThat(s.backups().list()).hasSize(first);
      assertThat(s.backups().atExit()).isPresent();
      assertThat(s.backups().atExit()).isEmpty();
    }
    try (Services s = Services.open(data(), clock)) {
      assertThat(s.backups().atExit()).isEmpty();
    }
  }

  @Test
  void aClosedRoundIsBackedUpOnceTheGapHasPassed() {
    StepClock clock = new StepClock();
    try (Services s = Services.open(data(), clock)) {
      // The demo closes its rounds within a second: they share one backup, taken by the next
      // write after the gap.
      long id = s.demo().create();
      clock.advance(Duration.ofSeconds(11));
      s.votes().checkIn(id, s.votes().attendance(id).keySet().iterator().next(), true);
      assertThat(s.backups().list()).extracting(Backup::reason).contains(BackupReason.ROUND_CLOSED);
    }
  }

  @Test
  void aBackupGivenTheTasksThreadIsTakenAfterTheWritesNotInsideThem() {
    StepClock clock = new StepClock();
    try (Services s = Services.open(data(), clock)) {
      java.util.List<Runnable> tasks = new java.util.ArrayList<>();
      s.backups().takeBackupsOn(tasks::add);
      long id = s.demo().create();
      clock.advance(Duration.ofSeconds(11));
      String unit = s.votes().attendance(id).keySet().iterator().next();
      s.votes().checkIn(id, unit, true);
      s.votes().checkIn(id, unit, false);

      // Due since the demo closed its rounds; two writes since, one backup waiting, none taken.
      assertThat(tasks).hasSize(1);
      assertThat(s.backups().list()).isEmpty();

      tasks.remove(0).run();
      assertThat(s.backups().list())
          .singleElement()
          .extracting(Backup::reason)
          .isEqualTo(BackupReason.ROUND_CLOSED);
      s.votes().checkIn(id, unit, true);
      assertThat(tasks).isEmpty();
    }
  }

  @Test
  void aHalfWrittenBackupIsIgnoredAndCleanedAway() throws IOException {
    Path folder = data().resolve(BackupFolder.NAME);
    Files.createDirectories(folder);
    Path half = folder.resolve(".binhxet-20250101-101010-auto.zip-123.part");
    Files.write(half, new byte[] {'P', 'K', 3, 4});
    StepClock clock = new StepClock();
    try (Services s = Services.open(data(), clock)) {
      assertThat(s.backups().list()).isEmpty();
      s.demo().createToRehearse();
      assertThat(s.backups().list()).hasSize(1);
    }
    assertThat(half).doesNotExist();
  }

  enum BadBackup {
    MISSING(Reason.MISSING),
    TEXT_FILE(Reason.NOT_A_ZIP),
    TRUNCATED_ZIP(Reason.NOT_A_ZIP),
    ZIP_OF_SOMETHING_ELSE(Reason.NOT_A_BACKUP),
    DATABASE_OF_ANOTHER_PROGRAM(Reason.FOREIGN),
    GARBAGE_DATABASE(Reason.DAMAGED),
    NEWER_VERSION(Reason.NEWER_VERSION);

    final Reason reason;

    BadBackup(Reason reason) {
      this.reason = reason;
    }
  }

  @ParameterizedTest
  @EnumSource(BadBackup.class)
  void aBadBackupIsRefusedAndTheDataIsLeftAsItWas(BadBackup bad) throws Exception {
    try (Services s = Services.open(data(), Clock.systemDefaultZone())) {
      s.demo().createToRehearse();
    }
    Path file = make(bad);
    byte[] before = Files.readAllBytes(dataFile());
    RestoreService restorer = Services.restorer(data(), Clock.systemDefaultZone());
    List<Backup> backupsBefore = restorer.list();

    assertThatThrownBy(() -> restorer.restore(file.toString()))
        .isInstanceOfSatisfying(
            BackupRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(bad.reason);
              for (Messages m :
                  List.of(new Messages(Messages.VIETNAMESE), new Messages(Messages.ENGLISH))) {
                assertThat(ErrorText.describe(e, m)).contains(file.toString());
              }
            });

    assertThat(Arrays.equals(Files.readAllBytes(dataFile()), before)).isTrue();
    assertThat(restorer.list()).isEqualTo(backupsBefore);
    try (var files = Files.list(data())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".restore"));
    }
  }

  private Path make(BadBackup bad) throws Exception {
    Path file = dir.resolve(bad.name().toLowerCase() + ".zip");
    switch (bad) {
      case MISSING -> {}
      case TEXT_FILE -> Files.writeString(file, "not a backup", StandardCharsets.UTF_8);
      case TRUNCATED_ZIP -> {
        Path whole = dir.resolve("whole.zip");
        try (Services s = Services.open(data(), Clock.systemDefaultZone())) {
          s.backups().exportTo(whole.toString());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
      }
      case ZIP_OF_SOMETHING_ELSE -> zip(file, "minutes.pdf", "%PDF-1.7".getBytes());
      case DATABASE_OF_ANOTHER_PROGRAM -> {
        Path other = dir.resolve("other");
        try (Connection c =
                DriverManager.getConnection("jdbc:h2:file:" + other.resolve("binhxet"), "sa", "");
            Statement st = c.createStatement()) {
          st.execute("create table invoice(id int)");
        }
        zip(file, "binhxet.mv.db", Files.readAllBytes(other.resolve("binhxet.mv.db")));
      }
      case GARBAGE_DATABASE -> {
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(junk);
        zip(file, "binhxet.mv.db", junk);
      }
      case NEWER_VERSION -> {
        Path newer = dir.resolve("newer");
        try (Services s = Services.open(newer, Clock.systemDefaultZone())) {
          s.demo().createToRehearse();
        }
        try (Connection c =
                DriverManager.getConnection("jdbc:h2:file:" + newer.resolve("binhxet"), "sa", "");
            Statement st = c.createStatement()) {
          st.execute(
              "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\","
                  + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\","
                  + " \"success\") values (99, '99', 'future', 'SQL', 'V99__future.sql', 'sa', 1,"
                  + " true)");
        }
        zip(file, "binhxet.mv.db", Files.readAllBytes(newer.resolve("binhxet.mv.db")));
      }
    }
    return file;
  }

  private static void zip(Path file, String entry, byte[] bytes) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(bytes);
      z.closeEntry();
    }
  }

  @Test
  void aBackupWhoseLogWasEditedIsRefused() throws Exception {
    Path zip = dir.resolve("copy.zip");
    try (Services s = Services.open(data(), Clock.systemDefaultZone())) {
      s.demo().createToRehearse();
      s.backups().exportTo(zip.toString());
    }
    Path edited = dir.resolve("edited");
    Files.createDirectories(edited);
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      Files.copy(z.getInputStream(z.getEntry("binhxet.mv.db")), edited.resolve("binhxet.mv.db"));
    }
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + edited.resolve("binhxet"), "sa", "");
        Statement st = c.createStatement()) {
      assertThat(st.executeUpdate("update audit_log set details = details || ' ' where seq = 1"))
          .isEqualTo(1);
    }
    Path tampered = dir.resolve("tampered.zip");
    zip(tampered, "binhxet.mv.db", Files.readAllBytes(edited.resolve("binhxet.mv.db")));

    assertThatThrownBy(
            () -> Services.restorer(data(), Clock.systemDefaultZone()).restore(tampered.toString()))
        .isInstanceOfSatisfying(
            BackupRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
  }

  @Test
  void aRestoreIsRefusedWhileTheDataIsOpen() {
    Path zip = dir.resolve("copy.zip");
    try (Services s = Services.open(data(), Clock.systemDefaultZone())) {
      s.backups().exportTo(zip.toString());
      assertThatThrownBy(
              () -> Services.restorer(data(), Clock.systemDefaultZone()).restore(zip.toString()))
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> assertThat(e.problem()).isEqualTo(StorageProblem.IN_USE_BY_ANOTHER_COPY));
      assertThat(s.conferences().list()).isEmpty();
    }
  }

  @Test
  void theLatestReadableBackupIsRestoredWhenTheNewestIsDamaged() throws IOException {
    StepClock clock = new StepClock();
    try (Services s = Services.open(data(), clock)) {
      s.demo().createToRehearse();
    }
    RestoreService restorer = Services.restorer(data(), clock);
    Backup good = restorer.list().get(0);
    clock.advance(Duration.ofMinutes(1));
    Path damaged = data().resolve(BackupFolder.NAME).resolve("binhxet-20250103-100000-auto.zip");
    Files.writeString(damaged, "cut short");

    RestoreService.Restored restored = restorer.restoreLatest();

    assertThat(restored.contents().location()).isEqualTo(good.location());
  }
}
