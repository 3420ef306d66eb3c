package vn.binhxet.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/**
 * The one H2 file in the data folder. Opening it checks that the folder can be written, that no
 * other copy of the app holds it and that no newer version wrote it, and only then migrates it;
 * when any check fails the file is left as it was.
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "binhxet";
  public static final String FILE_SUFFIX = ".mv.db";

  /**
   * The schema version this build writes: the number of the newest migration. Migrations are
   * numbered with whole numbers; a test keeps this constant and the files in step.
   */
  public static final int SCHEMA_VERSION = 3;

  /** How every connection that writes opens the file (decision 0025). */
  static final String URL_SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";

  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final Path file;

  private Database(JdbcConnectionPool pool, Path file) {
    this.pool = pool;
    this.file = file;
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.H2);
    // Thread-bound transactions let the repositories join the service's transaction unasked.
    configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
    this.dsl = DSL.using(configuration);
  }

  /** Opens (creating when absent) and migrates the database of {@code dataDir}. */
  public static Database open(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    checkWritable(dir);
    Path file = dir.resolve(FILE_NAME + FILE_SUFFIX);
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, file.toString(), null);
    }
    String path = "jdbc:h2:file:" + dir.resolve(FILE_NAME);
    // Read-only first: refusing a newer version's database must not write a byte to it.
    int stored = Files.exists(file) ? storedVersion(path + ";ACCESS_MODE_DATA=r", file) : 0;
    if (stored > SCHEMA_VERSION) {
      throw new StorageException(StorageProblem.NEWER_VERSION, file.toString(), null);
    }
    // Flyway only when there is something to migrate: it is the slowest part of a start. On a
    // copy, so that a start cut short never leaves a half-migrated file.
    if (stored < SCHEMA_VERSION) {
      MigrationOnACopy.migrate(dir, file);
    }
    // WRITE_DELAY=0: a commit reaches the file at once, so a killed process loses nothing it
    // acknowledged. REUSE_SPACE=FALSE: H2 2.5 finds a commit written into a gap of the file only
    // from a header that points one commit short, so after a kill it lost the newest ones; at the
    // end of the file it always finds them (decision 0025). No AUTO_SERVER: the app opens no port.
    String url = path + URL_SETTINGS;
    if (Compaction.due(file)) {
      try {
        Compaction.compact(url);
      } catch (SQLException e) {
        throw translate(e, file);
      }
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    try {
      try (Connection probe = pool.getConnection()) {
        probe.isValid(1);
      } catch (SQLException e) {
        throw translate(e, file);
      }
      return new Database(pool, file);
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  /** The newest schema version applied to the file, 0 when none is. */
  private static int storedVersion(String readOnlyUrl, Path file) {
    try (Connection c = DriverManager.getConnection(readOnlyUrl, "sa", "");
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "select max(cast(\"version\" as int)) from \"flyway_schema_history\""
                  + " where \"success\" and \"version\" is not null")) {
        return r.next() ? r.getInt(1) : 0;
      } catch (SQLException e) {
        if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
            || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
          return 0;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw translate(e, file);
    }
  }

  private static void checkWritable(Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, dir.toString(), e);
    }
  }

  private static StorageException translate(SQLException e, Path file) {
    StorageProblem problem =
        switch (e.getErrorCode()) {
          case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StorageProblem.IN_USE_BY_ANOTHER_COPY;
          case ErrorCode.FILE_VERSION_ERROR_1 -> StorageProblem.NEWER_VERSION;
          case ErrorCode.FILE_CORRUPTED_1 -> StorageProblem.CORRUPTED;
          default -> StorageProblem.UNREADABLE;
        };
    return new StorageException(problem, file.toString(), e);
  }

  public DSLContext dsl() {
    return dsl;
  }

  public Path file() {
    return file;
  }

  /** Closes the file, compacting it when it has grown (see {@link Compaction}). */
  @Override
  public void close() {
    if (Compaction.due(file)) {
      try (Connection c = pool.getConnection()) {
        Compaction.compactAndClose(c);
      } catch (SQLException e) {
        // Compacting is housekeeping: the data is whole without it, and the next start tries again.
      }
    }
    pool.dispose();
  }
}
