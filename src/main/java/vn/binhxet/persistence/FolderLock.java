package vn.binhxet.persistence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/**
 * The one-writer rule for a data folder: whoever holds this lock alone may open, back up, restore
 * or re-encrypt its database. H2 locks its own file too, but only while it is open; this lock also
 * covers the work done on the closed file, and it tells a refused copy who holds the folder.
 *
 * <p>The operating system releases the lock when the process dies, so a crash never leaves the
 * folder locked.
 */
public final class FolderLock implements AutoCloseable {
  public static final String FILE_NAME = "binhxet.lock";
  // The lock covers one byte far past the text, so that the text stays readable on systems whose
  // locks are mandatory (Windows) and the refused copy can say who holds the folder.
  private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the folder's lock.
   *
   * @throws StorageException {@link StorageProblem#IN_USE_BY_ANOTHER_COPY} naming the holder when
   *     another copy of the app (in this process or another) holds it
   */
  public static FolderLock acquire(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock(LOCKED_BYTE, 1, false);
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new StorageException(
            StorageProblem.IN_USE_BY_ANOTHER_COPY, dir.toString(), holder(file), null);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(thisProcess().getBytes(StandardCharsets.UTF_8)), 0);
      return new FolderLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StorageException(StorageProblem.DATA_DIR_NOT_WRITABLE, dir.toString(), e);
    }
  }

  private static String thisProcess() {
    return ProcessHandle.current().pid()
        + " "
        + Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime())
            .truncatedTo(ChronoUnit.SECONDS);
  }

  /** "pid start-instant" as the holder wrote it; empty when it cannot be read. */
  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.matches("\\d+ \\S+") ? text : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // The lock goes with the channel; nothing else to undo.
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // Closing the channel below releases it as well.
    }
    closeQuietly(channel);
  }
}
