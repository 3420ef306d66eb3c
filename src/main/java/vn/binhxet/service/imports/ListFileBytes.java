package vn.binhxet.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file's bytes, never more than the limit allows: a huge file is refused unread. */
final class ListFileBytes {
  private ListFileBytes() {}

  static byte[] read(Path file, ImportLimits limits) throws ListFileException {
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new ListFileException(
            null,
            "import.file.tooLarge",
            ListFile.megabytes(size),
            ListFile.megabytes(limits.maxBytes()));
      }
      try (InputStream in = Files.newInputStream(file)) {
        // One byte more than allowed, should the file have grown since: the size check then
        // refuses it.
        return in.readNBytes((int) limits.maxBytes() + 1);
      }
    } catch (IOException e) {
      throw new ListFileException(
          null, "import.file.unreadable", String.valueOf(file.getFileName()));
    }
  }
}
