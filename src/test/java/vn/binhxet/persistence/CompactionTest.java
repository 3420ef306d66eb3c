package vn.binhxet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code REUSE_SPACE=FALSE} never gives space back while the file is open (decision 0025): a file
 * past the limit is compacted when the app closes, or at the next start when it was killed.
 */
class CompactionTest {
  private static final String BIG = "x".repeat(1024 * 1024);

  @TempDir Path dir;

  @Test
  void aFileGrownPastTheLimitShrinksWhenTheAppClosesAndKeepsItsData() throws Exception {
    Path file;
    try (Database db = Database.open(dir)) {
      file = db.file();
      db.dsl().execute("create table scratch(id int primary key, v clob)");
      db.dsl().execute("insert into scratch values (0, 'kept')");
      growPastTheLimit(db, file);
    }
    assertThat(Files.size(file)).isLessThan(Compaction.COMPACT_ABOVE_BYTES / 4);
    assertThat(traceFiles())
        .as("nothing went wrong, so H2 wrote no trace beside the data")
        .isEmpty();
    try (Database db = Database.open(dir)) {
      assertThat(db.dsl().fetchValue("select v from scratch where id = 0")).hasToString("kept");
    }
  }

  @Test
  void aNewDataFolderHoldsNoTraceFileOnceClosed() throws Exception {
    Database.open(dir).close();

    assertThat(traceFiles()).isEmpty();
  }

  private java.util.List<String> traceFiles() throws java.io.IOException {
    try (var files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".trace.db"))
          .toList();
    }
  }

  @Test
  void aFileLeftLargeByAKilledAppIsCompactedAtTheNextStart() throws Exception {
    Path file;
    try (Database db = Database.open(dir)) {
      file = db.file();
    }
    String url = "jdbc:h2:file:" + dir.resolve(Database.FILE_NAME) + Database.URL_SETTINGS;
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("create table scratch(id int primary key, v clob)");
      s.execute("insert into scratch values (0, 'kept')");
      for (int i = 1; Files.size(file) <= Compaction.COMPACT_ABOVE_BYTES; i++) {
        s.execute("insert into scratch values (" + i + ", repeat('x', 1048576))");
        s.execute("CHECKPOINT SYNC");
        s.execute("delete from scratch where id = " + i);
        s.execute("CHECKPOINT SYNC");
      }
      // Closes without a word written, as a kill would: no compaction on the way out.
      s.execute("SHUTDOWN IMMEDIATELY");
    } catch (SQLException closedUnderIt) {
      // The connection is gone after SHUTDOWN IMMEDIATELY; closing it may say so.
    }
    assertThat(Files.size(file)).isGreaterThan(Compaction.COMPACT_ABOVE_BYTES);

    try (Database db = Database.open(dir)) {
      assertThat(Files.size(file)).isLessThan(Compaction.COMPACT_ABOVE_BYTES / 4);
      assertThat(db.dsl().fetchValue("select v from scratch where id = 0")).hasToString("kept");
    }
  }

  private static void growPastTheLimit(Database db, Path file) throws Exception {
    for (int i = 1; Files.size(file) <= Compaction.COMPACT_ABOVE_BYTES; i++) {
      db.dsl().execute("insert into scratch values (?, ?)", i, BIG);
      db.dsl().execute("CHECKPOINT SYNC");
      db.dsl().execute("delete from scratch where id = ?", i);
      db.dsl().execute("CHECKPOINT SYNC");
    }
  }
}
