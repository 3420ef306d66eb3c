package vn.binhxet.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/**
 * Writes a backup file whole or not at all: into a hidden {@code .part} file beside the target,
 * forced to the disk, then renamed in one step.
 */
final class ZipFiles {
  static final String PART = ".part";

  private ZipFiles() {}

  @FunctionalInterface
  interface Writer {
    void write(Path temp) throws IOException;
  }

  static boolean isUnfinished(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(".") && name.endsWith(PART);
  }

  static void writeWhole(Path target, Writer writer) {
    Path absolute = target.toAbsolutePath().normalize();
    Path temp = null;
    try {
      Files.createDirectories(absolute.getParent());
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + "-", PART);
      writer.write(temp);
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      if (e instanceof StorageException s) {
        throw s;
      }
      throw new StorageException(StorageProblem.BACKUP_UNWRITABLE, absolute.toString(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // A leftover .part is cleaned by the next backup into the backups folder.
        }
      }
    }
  }

  /** A backup of a closed database file: the same layout as H2's own {@code BACKUP TO}. */
  static void zipFile(Path source, String entryName, Path temp) throws IOException {
    // Buffered: the zip stream writes its headers a byte at a time, and its deflater 512 bytes.
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 64 * 1024);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entryName));
      Files.copy(source, zip);
      zip.closeEntry();
    }
  }
}
