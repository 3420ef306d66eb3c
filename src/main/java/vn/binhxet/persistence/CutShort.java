package vn.binhxet.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.FileStore;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/**
 * Refuses a data file that lost its end (decision 0038). H2 opens such a file at the newest whole
 * commit it can still find, which may be any older one, down to an empty database: the commits
 * after it would be gone without a word. The file header names a commit H2 had already written, so
 * a file whose newest whole commit is older than the one its header names has lost its end, which a
 * copy cut short does and a killed process does not.
 */
final class CutShort {
  private CutShort() {}

  /** Checks the file {@code c} has open (read-only, before anything is written). */
  static void check(Connection c, Path file) throws SQLException {
    FileStore<?> store =
        ((SessionLocal) c.unwrap(JdbcConnection.class).getSession())
            .getDatabase()
            .getStore()
            .getMvStore()
            .getFileStore();
    Map<String, Object> header = store.getStoreHeader();
    long named = DataUtils.readHexLong(header, "version", 0);
    long opened = store.lastChunkVersion();
    if (opened < named) {
      throw new StorageException(
          StorageProblem.CORRUPTED,
          file.toString(),
          new SQLException(
              "the file header names commit "
                  + named
                  + ", but the newest whole commit in the file is "
                  + opened
                  + ": the file was cut short or its end damaged"));
    }
  }
}
