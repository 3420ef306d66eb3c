package vn.binhxet.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Keeps the file from growing without bound. {@code REUSE_SPACE=FALSE} (decision 0025) appends
 * every commit at the end of the file and H2 never gives the space back, about 24 kB a write; only
 * {@code SHUTDOWN COMPACT} does, by copying the live data to {@code binhxet.mv.db.tempFile} and
 * moving that over the file once it is whole. A kill during it leaves the file as it was (H2
 * deletes the copy at the next open), so it is as safe as any other close.
 */
final class Compaction {
  /** About 700 writes; the live data of years of conferences is a few megabytes. */
  static final long COMPACT_ABOVE_BYTES = 16L * 1024 * 1024;

  private Compaction() {}

  /**
   * Whether the file is big enough to compact: checked at every close, and at a start, since a
   * killed app never closed.
   */
  static boolean due(Path file) {
    try {
      return Files.size(file) > COMPACT_ABOVE_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Opens the file alone (no other connection may be open), compacts and closes it: at a start, and
   * when the app closes once the pool's connections are closed.
   */
  static void compact(javax.sql.DataSource file) throws SQLException {
    try (Connection c = file.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN COMPACT");
    }
  }
}
