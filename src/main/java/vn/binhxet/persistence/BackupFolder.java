package vn.binhxet.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.binhxet.domain.BackupFile;
import vn.binhxet.domain.BackupStore;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/**
 * The folder {@code backups} in the data folder. A backup being written is a hidden {@code .part}
 * file beside its final name (see {@link ZipFiles}), so listing only visible {@code .zip} files
 * never shows half a backup.
 */
public final class BackupFolder implements BackupStore {
  public static final String NAME = "backups";

  private final Path dir;

  public BackupFolder(Path dataDir) {
    this.dir = dataDir.toAbsolutePath().normalize().resolve(NAME);
  }

  @Override
  public List<BackupFile> list() {
    List<BackupFile> found = new ArrayList<>();
    for (Path p : entries()) {
      String name = p.getFileName().toString();
      if (!name.startsWith(".") && name.endsWith(".zip") && Files.isRegularFile(p)) {
        try {
          found.add(new BackupFile(name, p.toString(), Files.size(p)));
        } catch (IOException e) {
          // Removed meanwhile (rotation): it is not a backup any more.
        }
      }
    }
    return found;
  }

  @Override
  public String locationOf(String name) {
    Path p = dir.resolve(name).normalize();
    if (!dir.equals(p.getParent())) {
      throw new IllegalArgumentException("not a file name: " + name);
    }
    return p.toString();
  }

  @Override
  public void delete(String name) {
    try {
      Files.deleteIfExists(Path.of(locationOf(name)));
    } catch (IOException e) {
      throw new StorageException(StorageProblem.BACKUP_UNWRITABLE, dir.toString(), e);
    }
  }

  @Override
  public int removeUnfinished() {
    int removed = 0;
    for (Path p : entries()) {
      if (ZipFiles.isUnfinished(p)) {
        try {
          Files.deleteIfExists(p);
          removed++;
        } catch (IOException e) {
          // Left for the next time; it is never listed as a backup anyway.
        }
      }
    }
    return removed;
  }

  private List<Path> entries() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new StorageException(StorageProblem.BACKUP_UNWRITABLE, dir.toString(), e);
    }
  }
}
