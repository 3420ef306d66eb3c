package vn.binhxet.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.h2.api.ErrorCode;
import org.h2.tools.ChangeFileEncryption;
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
 * other copy of the app holds it (the folder's {@link FolderLock}, held until closing), that the
 * password opens it when it is encrypted and that no newer version wrote it, and only then migrates
 * it; when any check fails the file is left as it was.
 */
public final class Database implements AutoCloseable {
  public static final String FILE_NAME = "binhxet";
  public static final String FILE_SUFFIX = ".mv.db";

  /**
   * The schema version this build writes: the number of the newest migration. Migrations are
   * numbered with whole numbers; a test keeps this constant and the files in step.
   */
  public static final int SCHEMA_VERSION = 5;

  /** Below this much free space on the data folder's disk, writes are refused before they start. */
  public static final long MIN_FREE_BYTES = 50L * 1024 * 1024;

  // What H2 writes at the start of a file it encrypts.
  private static final byte[] ENCRYPTED_HEADER =
      "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * How every connection that writes opens the file (decisions 0025 and 0040); the benchmark opens
   * its baseline database the same way.
   */
  public static final String URL_SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;ANALYZE_AUTO=0";

  private final HikariDataSource pool;
  private final DSLContext dsl;
  private final Path file;
  private final String url;
  private final FolderLock lock;
  private final char[] key;
  private volatile FileStore fileStore;

  private Database(HikariDataSource pool, Path file, String url, FolderLock lock, char[] key) {
    this.pool = pool;
    this.file = file;
    this.url = url;
    this.lock = lock;
    this.key = key;
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.H2);
    // Thread-bound transactions let the repositories join the service's transaction unasked.
    configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
    this.dsl = DSL.using(configuration);
  }

  /** Opens (creating when absent) and migrates the database of {@code dataDir}, unencrypted. */
  public static Database open(Path dataDir) {
    return open(dataDir, null);
  }

  /**
   * Opens (creating when absent) and migrates the database of {@code dataDir}.
   *
   * @param password the password of an encrypted file, or the one to encrypt a new file with; null
   *     for none. Ignored for an existing file that is not encrypted. The caller wipes it.
   */
  public static Database open(Path dataDir, char[] password) {
    Path dir = dataDir.toAbsolutePath().normalize();
    checkWritable(dir);
    FolderLock lock = FolderLock.acquire(dir);
    try {
      return openLocked(dir, password, lock);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static Database openLocked(Path dir, char[] password, FolderLock lock) {
    Path file = dir.resolve(FILE_NAME + FILE_SUFFIX);
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, file.toString(), null);
    }
    boolean encrypted = Files.exists(file) ? isEncryptedFile(file) : password != null;
    if (encrypted && password == null) {
      throw new StorageException(StorageProblem.PASSWORD_NEEDED, file.toString(), null);
    }
    String url = url(dir, encrypted);
    char[] key = encrypted ? DatabaseKey.connectionPassword(password) : new char[0];
    // Read-only first: refusing a newer version's database must not write a byte to it.
    int stored = Files.exists(file) ? storedVersion(url + ";ACCESS_MODE_DATA=r", key, file) : 0;
    if (stored > SCHEMA_VERSION) {
      throw new StorageException(StorageProblem.NEWER_VERSION, file.toString(), null);
    }
    // Flyway only when there is something to migrate: it is the slowest part of a start. On a
    // copy, so that a start cut short never leaves a half-migrated file.
    if (stored < SCHEMA_VERSION) {
      MigrationOnACopy.migrate(dir, file, encrypted, key);
    }
    // WRITE_DELAY=0: a commit reaches the file at once, so a killed process loses nothing it
    // acknowledged. REUSE_SPACE=FALSE: H2 2.5 finds a commit written into a gap of the file only
    // from a header that points one commit short, so after a kill it lost the newest ones; at the
    // end of the file it always finds them (decision 0025). ANALYZE_AUTO=0: H2 would otherwise
    // re-read a whole table inside the commit of its 2,000th change, and of every doubling after,
    // holding that one entry up for tens of milliseconds (decision 0040). No AUTO_SERVER: the app
    // opens no port.
    String writing = url + URL_SETTINGS;
    if (Compaction.due(file)) {
      try {
        Compaction.compact(Connections.dataSource(writing, key));
      } catch (SQLException e) {
        throw translate(e, file);
      }
    }
    HikariDataSource pool;
    try {
      pool = Connections.pool(Connections.dataSource(writing, key));
    } catch (SQLException e) {
      throw translate(e, file);
    }
    try {
      return new Database(pool, file, writing, lock, key);
    } catch (RuntimeException e) {
      pool.close();
      Arrays.fill(key, '\0');
      throw e;
    }
  }

  static String url(Path dir, boolean encrypted) {
    return url(dir, FILE_NAME, encrypted);
  }

  static String url(Path dir, String name, boolean encrypted) {
    // An encrypted file keeps no trace file: H2 would write statements there in clear.
    return "jdbc:h2:file:"
        + dir.resolve(name)
        + (encrypted ? ";CIPHER=AES;TRACE_LEVEL_FILE=0" : "");
  }

  /** Whether the data folder holds a database file encrypted with a password. */
  public static boolean isEncrypted(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME + FILE_SUFFIX);
    return Files.exists(file) && isEncryptedFile(file);
  }

  /**
   * Like {@link #isEncrypted}, but false when the file cannot be read: opening it will then say
   * what is wrong.
   */
  public static boolean isEncryptedQuietly(Path dataDir) {
    try {
      return isEncrypted(dataDir);
    } catch (StorageException e) {
      return false;
    }
  }

  private static boolean isEncryptedFile(Path file) {
    byte[] head = new byte[ENCRYPTED_HEADER.length];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, head.length) == head.length
          && Arrays.equals(head, ENCRYPTED_HEADER);
    } catch (IOException e) {
      throw new StorageException(StorageProblem.UNREADABLE, file.toString(), e);
    }
  }

  /**
   * Sets, changes or removes the password of the data folder's database, which must not be open.
   * The file is re-encrypted as a copy and put in place in one move, so that a crash halfway leaves
   * the old file whole.
   *
   * @param current the password now, null when the file is not encrypted
   * @param next the new password, null to remove it
   */
  public static void changePassword(Path dataDir, char[] current, char[] next) {
    Path dir = dataDir.toAbsolutePath().normalize();
    checkWritable(dir);
    try (FolderLock lock = FolderLock.acquire(dir)) {
      Path file = dir.resolve(FILE_NAME + FILE_SUFFIX);
      if (!Files.exists(file)) {
        // Nothing recorded yet: the next opening creates the file with the new password.
        openLocked(dir, next, null).closeKeepingLock();
        return;
      }
      boolean encrypted = isEncryptedFile(file);
      if (encrypted && current == null) {
        throw new StorageException(StorageProblem.PASSWORD_NEEDED, file.toString(), null);
      }
      char[] currentKey = encrypted ? DatabaseKey.connectionPassword(current) : new char[0];
      try {
        int stored = storedVersion(url(dir, encrypted) + ";ACCESS_MODE_DATA=r", currentKey, file);
        if (stored > SCHEMA_VERSION) {
          throw new StorageException(StorageProblem.NEWER_VERSION, file.toString(), null);
        }
      } finally {
        Arrays.fill(currentKey, '\0');
      }
      reencrypt(dir, file, encrypted ? current : null, next);
    }
  }

  private static void reencrypt(Path dir, Path file, char[] current, char[] next) {
    Path work = null;
    char[] oldKey = current == null ? null : DatabaseKey.fileKey(current);
    char[] newKey = next == null ? null : DatabaseKey.fileKey(next);
    try {
      work = Files.createTempDirectory(dir, ".password-");
      Path copy = work.resolve(FILE_NAME + FILE_SUFFIX);
      Files.copy(file, copy);
      ChangeFileEncryption.execute(work.toString(), FILE_NAME, "AES", oldKey, newKey, true);
      char[] check = next == null ? new char[0] : DatabaseKey.connectionPassword(next);
      try {
        storedVersion(url(work, next != null) + ";ACCESS_MODE_DATA=r", check, copy);
      } finally {
        Arrays.fill(check, '\0');
      }
      Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | SQLException e) {
      throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, dir.toString(), e);
    } finally {
      if (oldKey != null) {
        Arrays.fill(oldKey, '\0');
      }
      if (newKey != null) {
        Arrays.fill(newKey, '\0');
      }
      deleteTree(work);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover work folder holds only a copy; the database itself is whole.
    }
  }

  /** The newest schema version applied to the file, 0 when none is. */
  private static int storedVersion(String readOnlyUrl, char[] password, Path file) {
    try (Connection c = Connections.dataSource(readOnlyUrl, password).getConnection();
        Statement s = c.createStatement()) {
      CutShort.check(c, file);
      try (ResultSet r =
          s.executeQuery(
              "select max(cast(\"version\" as int)) from \"flyway_schema_history\""
                  + " where \"success\" and \"version\" is not null")) {
        return r.next() ? r.getInt(1) : 0;
      } catch (SQLException e) {
        if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
          return 0;
        }
        if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
          // Tables but no history: another program's database, which migrating would alter.
          throw new SQLException(
              "the database has tables but no \"flyway_schema_history\": another program wrote it",
              e);
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
          case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
              StorageProblem.WRONG_PASSWORD;
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

  /**
   * Refuses a write before it starts when the disk is nearly full: H2 stops for good when a write
   * fails halfway, and the secretary should hear of it while the entry is still on the screen.
   *
   * @throws StorageException {@link StorageProblem#DISK_FULL} naming the space left
   */
  public void ensureRoomToWrite() {
    long usable;
    try {
      // Finding the file store reads the system's mount table; asking it for space does not.
      FileStore store = fileStore;
      if (store == null) {
        store = Files.getFileStore(file.getParent());
        fileStore = store;
      }
      usable = store.getUsableSpace();
    } catch (IOException e) {
      // When the free space cannot be told, the write itself will say what is wrong.
      return;
    }
    if (!hasRoom(usable)) {
      throw new StorageException(
          StorageProblem.DISK_FULL, file.getParent().toString(), Long.toString(usable), null);
    }
  }

  static boolean hasRoom(long usableBytes) {
    return usableBytes >= MIN_FREE_BYTES;
  }

  /**
   * Writes a consistent zip of the database to {@code target} while it stays in use (H2's online
   * {@code BACKUP TO}), replacing any file there.
   */
  public void backupTo(Path target) {
    String quoted = target.toAbsolutePath().toString().replace("'", "''");
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("BACKUP TO '" + quoted + "'");
    } catch (SQLException e) {
      throw new StorageException(StorageProblem.BACKUP_UNWRITABLE, target.toString(), e);
    }
  }

  /** Closes the file, compacting it when it has grown (see {@link Compaction}). */
  @Override
  public void close() {
    pool.close();
    if (Compaction.due(file)) {
      // On a connection of its own once the pool's are closed, as at a start: shutting the file
      // down under a pooled connection made closing that connection fail, and H2 wrote the
      // failure into a trace file beside the data.
      try {
        Compaction.compact(Connections.dataSource(url, key));
      } catch (SQLException e) {
        // Compacting is housekeeping: the data is whole without it, and the next start tries again.
      }
    }
    Arrays.fill(key, '\0');
    lock.close();
  }

  private void closeKeepingLock() {
    pool.close();
    Arrays.fill(key, '\0');
  }
}
