package vn.binhxet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/** One copy of the app at a time on a data folder, and no write begun on a nearly full disk. */
class OneWriterTest {
  @TempDir Path dir;

  @Test
  void aSecondOpeningNamesTheHolderAndLeavesTheFileUntouched() throws Exception {
    try (Database first = Database.open(dir)) {
      first.dsl().execute("create table t (x int)");
      first.dsl().execute("insert into t values (1)");
      Path file = first.file();
      byte[] before = Files.readAllBytes(file);
      var modified = Files.getLastModifiedTime(file);

      assertThatThrownBy(() -> Database.open(dir))
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> {
                assertThat(e.problem()).isEqualTo(StorageProblem.IN_USE_BY_ANOTHER_COPY);
                assertThat(e.detail()).startsWith(ProcessHandle.current().pid() + " ");
              });

      assertThat(Files.readAllBytes(file)).isEqualTo(before);
      assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }
    // Closing releases the folder.
    Database.open(dir).close();
  }

  @Test
  void theLockOfAProcessThatIsGoneDoesNotHoldTheFolder() throws Exception {
    // A lock file left behind by a crash: its text names a process, but nobody holds the lock.
    Files.writeString(dir.resolve(FolderLock.FILE_NAME), "999999 2020-01-01T00:00:00Z");
    Database.open(dir).close();
  }

  @ParameterizedTest(name = "{0} bytes free: room to write = {1}")
  @CsvSource({
    "0, false",
    "1048576, false",
    "52428799, false",
    "52428800, true",
    "9223372036854775807, true"
  })
  void writesNeedFiftyMegabytesFree(long usable, boolean room) {
    assertThat(Database.hasRoom(usable)).isEqualTo(room);
  }

  @Test
  void aRefusedWriteChangesNothing() {
    try (Database db = Database.open(dir)) {
      db.dsl().execute("create table t (x int)");
      JooqTransactionRunner full =
          new JooqTransactionRunner(
              db.dsl(),
              () -> {
                throw new StorageException(
                    StorageProblem.DISK_FULL, dir.toString(), "1048576", null);
              },
              () -> {});
      assertThatThrownBy(
              () -> full.inTransaction(() -> db.dsl().execute("insert into t values (1)")))
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> assertThat(e.problem()).isEqualTo(StorageProblem.DISK_FULL));
      assertThat(db.dsl().fetchCount(db.dsl().selectFrom("t"))).isZero();
      // Reading goes on: what is recorded can still be shown and printed.
      assertThat(full.read(() -> db.dsl().fetchCount(db.dsl().selectFrom("t")))).isZero();
    }
  }
}
