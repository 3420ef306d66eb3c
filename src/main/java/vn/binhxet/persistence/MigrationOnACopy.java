package vn.binhxet.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/**
 * Migrates the database on a copy that takes the file's place only once it is whole. H2 commits
 * every DDL statement on its own, so a migration cut short in place (the app killed, the battery
 * dead) left a file that Flyway could neither finish nor run again, or a new file too unfinished to
 * open: the app refused the folder from then on. The crash test found it (decision 0025).
 */
final class MigrationOnACopy {
  static final String COPY_NAME = Database.FILE_NAME + "-migrating";

  private MigrationOnACopy() {}

  /**
   * Migrates {@code file} (absent: a new database) in {@code dir} to the newest schema.
   *
   * @param key H2's connection password of an encrypted file (empty when not encrypted)
   */
  static void migrate(Path dir, Path file, boolean encrypted, char[] key) {
    Path copy = dir.resolve(COPY_NAME + Database.FILE_SUFFIX);
    try {
      // Whatever is there was left by a migration cut short; the file itself is as it was.
      Files.deleteIfExists(copy);
      if (Files.exists(file)) {
        Files.copy(file, copy);
      }
      org.h2.jdbcx.JdbcDataSource source =
          Connections.dataSource(
              Database.url(dir, COPY_NAME, encrypted) + Database.URL_SETTINGS, key);
      HikariDataSource pool = Connections.pool(source);
      try {
        Flyway.configure()
            .dataSource(pool)
            .locations("classpath:db/migration")
            .loggers("slf4j")
            .load()
            .migrate();
      } finally {
        pool.close();
      }
      // Shut down on a connection of its own: under a pooled one, closing it afterwards failed
      // and H2 wrote that into a trace file left beside the data.
      try (Connection c = source.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      try (FileChannel written = FileChannel.open(copy, StandardOpenOption.WRITE)) {
        written.force(true);
      }
      Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (FlywayException | SQLException | IOException e) {
      // The file is as it was; the copy that could not be migrated is of no use to anyone.
      deleteQuietly(copy);
      deleteQuietly(dir.resolve(COPY_NAME + ".trace.db"));
      throw new StorageException(StorageProblem.UNREADABLE, file.toString(), e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A leftover copy is deleted by the next start before it migrates.
    }
  }
}
