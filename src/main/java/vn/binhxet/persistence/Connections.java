package vn.binhxet.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** How every connection to a database file is made: one at a time, or from the pool. */
public final class Connections {
  private Connections() {}

  /**
   * The pool every connection to an open file comes from. HikariCP rather than H2's own pool: H2
   * forgets a session's parsed statements on each rollback, and its pool rolls back every
   * connection it hands out, so each entry's statements were parsed anew (decision 0035). The first
   * connection is opened here, so that a wrong password or a damaged file fails at once.
   */
  public static HikariDataSource pool(DataSource source) throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setPoolName("binhxet");
    config.setMaximumPoolSize(10);
    config.setMinimumIdle(1);
    // Never retire a connection: H2 closes the file when its last connection closes, and a
    // retired one would close and reopen it in the middle of a conference.
    config.setMaxLifetime(0);
    config.setIdleTimeout(0);
    // Fail at once on the first connection, not after a wait meant for a database server.
    config.setInitializationFailTimeout(1);
    try {
      return new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      if (e.getCause() instanceof SQLException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** A source of single connections to {@code url}, as the app's user. */
  public static JdbcDataSource dataSource(String url, char[] password) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser("sa");
    source.setPasswordChars(password);
    return source;
  }
}
