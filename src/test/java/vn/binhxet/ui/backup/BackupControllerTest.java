package vn.binhxet.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.persistence.BackupFolder;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.DatabaseSwap;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.persistence.JooqTransactionRunner;
import vn.binhxet.persistence.OnlineBackup;
import vn.binhxet.service.Backup;
import vn.binhxet.service.BackupPolicy;
import vn.binhxet.service.BackupService;
import vn.binhxet.service.Messages;
import vn.binhxet.service.RestoreService;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;

class BackupControllerTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;
  private Database db;
  private BackupService backups;
  private BackupController controller;
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private final List<String> restored = new ArrayList<>();
  private final Clock clock = Clock.systemDefaultZone();

  @BeforeEach
  void open() {
    db = Database.open(dir);
    Fakes.stack(db, clock).demo().createToRehearse();
    backups =
        new BackupService(
            new BackupFolder(dir),
            new OnlineBackup(db),
            new JooqTransactionRunner(db.dsl()),
            new JooqAuditLogRepository(db.dsl()),
            clock,
            BackupPolicy.DEFAULT);
    controller =
        new BackupController(
            backups,
            () ->
                new RestoreService(
                    new BackupFolder(dir), new DatabaseSwap(dir), clock, BackupPolicy.DEFAULT),
            restored::add,
            new SynchronousTaskRunner(),
            dialogs,
            new I18n(Messages.VIETNAMESE),
            clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void backUpNowSavesTheCopyWhereTheUserChooses() {
    Path target = elsewhere.resolve("hoi-nghi.zip");
    dialogs.saveTargets.add(target);

    controller.onBackUpNow();

    assertThat(target).isRegularFile();
    assertThat(dialogs.suggestedNames)
        .singleElement()
        .asString()
        .matches("binhxet-\\d{8}-\\d{6}\\.zip");
    assertThat(dialogs.infos).singleElement().asString().contains(target.toString());
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void cancellingTheSaveWritesNothing() throws Exception {
    controller.onBackUpNow();

    try (var files = Files.list(elsewhere)) {
      assertThat(files).isEmpty();
    }
    assertThat(dialogs.infos).isEmpty();
  }

  @Test
  void aChosenBackupIsCheckedThenRestoredOnlyOnceConfirmed() {
    backups.afterDurableWrite();
    Backup newest = backups.list().get(0);
    dialogs.choices.add(List.of(controller.label(newest)));

    controller.onRestore();

    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .contains(newest.location())
        .contains("1 hội nghị")
        .contains("Dữ liệu hiện tại sẽ được giữ lại thành một bản sao lưu")
        .doesNotContain("chưa có mật khẩu");
    assertThat(restored).containsExactly(newest.location());
  }

  @Test
  void aBackupFromBeforeThePasswordIsSaidToRestoreWithoutOne() {
    backups.afterDurableWrite();
    Backup plain = backups.list().get(0);
    db.close();
    Database.changePassword(dir, null, "mật khẩu 1234".toCharArray());
    dialogs.choices.add(List.of(controller.label(plain)));

    controller.onRestore();

    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .contains("Bản sao lưu này được tạo khi dữ liệu chưa có mật khẩu");
  }

  @Test
  void decliningTheConfirmationRestoresNothing() {
    backups.afterDurableWrite();
    dialogs.choices.add(List.of(controller.label(backups.list().get(0))));
    dialogs.confirmAnswer = false;

    controller.onRestore();

    assertThat(dialogs.confirmations).hasSize(1);
    assertThat(restored).isEmpty();
  }

  @Test
  void anotherFileThatIsNotABackupIsRefusedWithItsReason() throws Exception {
    Path notes = elsewhere.resolve("notes.zip");
    Files.writeString(notes, "meeting notes");
    dialogs.files.add(notes);

    // No backup in the data folder yet: the file chooser comes at once.
    controller.onRestore();

    assertThat(dialogs.fileFilters)
        .singleElement()
        .satisfies(f -> assertThat(f.get(0).patterns()).containsExactly("*.zip"));
    assertThat(dialogs.errors)
        .singleElement()
        .asString()
        .contains("không phải là bản sao lưu")
        .contains(notes.toString());
    assertThat(dialogs.confirmations).isEmpty();
    assertThat(restored).isEmpty();
  }
}
