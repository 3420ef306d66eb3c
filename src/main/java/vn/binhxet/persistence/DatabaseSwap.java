package vn.binhxet.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.h2.api.ErrorCode;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.domain.BackupRefusedException;
import vn.binhxet.domain.BackupRefusedException.Reason;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.DatabaseRestorer;
import vn.binhxet.domain.StagedBackup;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * Restores the data folder's database from a backup zip while the database is closed. The backup is
 * unpacked into a hidden folder beside the database (so that the final rename stays on one disk)
 * and a second copy is opened in a temporary folder to be checked: that copy may be migrated to
 * this version's schema, the unpacked file is swapped in untouched.
 */
public final class DatabaseSwap implements DatabaseRestorer {
  /** No conference database comes near this; a zip that unpacks to more is not one of ours. */
  static final long MAX_UNPACKED = 4L << 30;

  private static final String ENTRY = Database.FILE_NAME + Database.FILE_SUFFIX;

  private final Path dataDir;
  private final Path dataFile;
  private final Supplier<char[]> backupPassword;

  /** For backups without a password; an encrypted one is refused as needing it. */
  public DatabaseSwap(Path dataDir) {
    this(dataDir, () -> null);
  }

  /**
   * @param backupPassword asked only when the backup is encrypted; null when the user gives none.
   *     What it returns is wiped once used.
   */
  public DatabaseSwap(Path dataDir, Supplier<char[]> backupPassword) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.dataFile = this.dataDir.resolve(ENTRY);
    this.backupPassword = backupPassword;
  }

  @Override
  public StagedBackup stage(String location) {
    Path zip = Path.of(location).toAbsolutePath().normalize();
    if (!Files.isRegularFile(zip)) {
      throw new BackupRefusedException(Reason.MISSING, zip.toString(), null);
    }
    Path staging = null;
    Path checking = null;
    try {
      Files.createDirectories(dataDir);
      staging = Files.createTempDirectory(dataDir, ".restore-");
      Path unpacked = staging.resolve(ENTRY);
      unpack(zip, unpacked);
      checking = Files.createTempDirectory("binhxet-check-");
      Files.copy(unpacked, checking.resolve(ENTRY));
      char[] password = null;
      boolean encrypted = Database.isEncrypted(checking);
      try {
        if (encrypted) {
          password = backupPassword.get();
          if (password == null) {
            throw new BackupRefusedException(Reason.PASSWORD_NEEDED, zip.toString(), null);
          }
        }
        checkVersion(checking, zip, password);
        Database copy;
        try {
          copy = Database.open(checking, password);
        } catch (StorageException e) {
          throw new BackupRefusedException(
              switch (e.problem()) {
                case NEWER_VERSION -> Reason.NEWER_VERSION;
                case WRONG_PASSWORD -> Reason.WRONG_PASSWORD;
                default -> Reason.DAMAGED;
              },
              zip.toString(),
              e);
        }
        return new Staged(copy, unpacked, staging, checking, encrypted);
      } finally {
        if (password != null) {
          Arrays.fill(password, '\0');
        }
      }
    } catch (IOException e) {
      removeQuietly(staging);
      removeQuietly(checking);
      throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, dataDir.toString(), e);
    } catch (RuntimeException e) {
      removeQuietly(staging);
      removeQuietly(checking);
      throw e;
    }
  }

  @Override
  public boolean currentEncrypted() {
    return Database.isEncryptedQuietly(dataDir);
  }

  @Override
  public boolean archiveCurrent(String location) {
    if (!Files.exists(dataFile)) {
      return false;
    }
    ensureClosed();
    ZipFiles.writeWhole(Path.of(location), temp -> ZipFiles.zipFile(dataFile, ENTRY, temp));
    return true;
  }

  private static void unpack(Path zip, Path target) {
    ZipFile file;
    try {
      file = new ZipFile(zip.toFile());
    } catch (IOException e) {
      // No central directory: not a zip at all, or one cut short.
      throw new BackupRefusedException(Reason.NOT_A_ZIP, zip.toString(), e);
    }
    try (file) {
      ZipEntry entry = file.getEntry(ENTRY);
      if (entry == null || entry.isDirectory()) {
        throw new BackupRefusedException(Reason.NOT_A_BACKUP, zip.toString(), null);
      }
      try (InputStream in = file.getInputStream(entry);
          OutputStream out = Files.newOutputStream(target)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > MAX_UNPACKED) {
            throw new BackupRefusedException(Reason.NOT_A_BACKUP, zip.toString(), null);
          }
          out.write(buffer, 0, n);
        }
      }
    } catch (ZipException e) {
      throw new BackupRefusedException(Reason.DAMAGED, zip.toString(), e);
    } catch (IOException e) {
      throw new BackupRefusedException(Reason.DAMAGED, zip.toString(), e);
    }
  }

  /**
   * Read-only, before anything may migrate the copy: a database of another program is refused, not
   * turned into an empty Bình Xét one.
   */
  private static void checkVersion(Path dir, Path zip, char[] password) {
    String url = Database.url(dir, password != null) + ";ACCESS_MODE_DATA=r";
    char[] key = password == null ? new char[0] : DatabaseKey.connectionPassword(password);
    try (Connection c = Connections.dataSource(url, key).getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select max(cast(\"version\" as int)) from \"flyway_schema_history\""
                    + " where \"success\" and \"version\" is not null")) {
      int version = r.next() ? r.getInt(1) : 0;
      if (version <= 0) {
        throw new BackupRefusedException(Reason.FOREIGN, zip.toString(), null);
      }
      if (version > Database.SCHEMA_VERSION) {
        throw new BackupRefusedException(Reason.NEWER_VERSION, zip.toString(), null);
      }
    } catch (SQLException e) {
      Reason reason =
          switch (e.getErrorCode()) {
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1,
                ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1 ->
                Reason.FOREIGN;
            case ErrorCode.FILE_VERSION_ERROR_1 -> Reason.NEWER_VERSION;
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                Reason.WRONG_PASSWORD;
            default -> Reason.DAMAGED;
          };
      throw new BackupRefusedException(reason, zip.toString(), e);
    } finally {
      Arrays.fill(key, '\0');
    }
  }

  /**
   * No copy of the app may hold the folder (its lock), nor have the file open (H2's lock on it: a
   * lock we can take means nobody has).
   */
  private void ensureClosed() {
    try (FolderLock folder = FolderLock.acquire(dataDir);
        FileChannel ch =
            FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = ch.tryLock();
      if (lock == null) {
        throw inUse(null);
      }
      lock.release();
    } catch (OverlappingFileLockException e) {
      throw inUse(e);
    } catch (IOException e) {
      throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, dataFile.toString(), e);
    }
  }

  private StorageException inUse(Throwable cause) {
    return new StorageException(StorageProblem.IN_USE_BY_ANOTHER_COPY, dataFile.toString(), cause);
  }

  private static void removeQuietly(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover hidden folder holds only a copy of a backup; it is never read again.
    }
  }

  private final class Staged implements StagedBackup {
    private final Database copy;
    private final Path unpacked;
    private final Path staging;
    private final Path checking;
    private final TransactionRunner tx;
    private final boolean encrypted;

    Staged(Database copy, Path unpacked, Path staging, Path checking, boolean encrypted) {
      this.encrypted = encrypted;
      this.copy = copy;
      this.unpacked = unpacked;
      this.staging = staging;
      this.checking = checking;
      this.tx = new JooqTransactionRunner(copy.dsl());
    }

    @Override
    public TransactionRunner tx() {
      return tx;
    }

    @Override
    public AuditLogRepository log() {
      return new JooqAuditLogRepository(copy.dsl());
    }

    @Override
    public VoteRepository votes() {
      return new JooqVoteRepository(copy.dsl());
    }

    @Override
    public ConferenceRepository conferences() {
      return new JooqConferenceRepository(copy.dsl());
    }

    @Override
    public boolean encrypted() {
      return encrypted;
    }

    @Override
    public void swapIn() {
      if (Files.exists(dataFile)) {
        ensureClosed();
      }
      try {
        Files.move(
            unpacked,
            dataFile,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, dataFile.toString(), e);
      }
    }

    @Override
    public void close() {
      copy.close();
      removeQuietly(checking);
      removeQuietly(staging);
    }
  }
}
