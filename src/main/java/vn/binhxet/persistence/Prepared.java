package vn.binhxet.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * A statement that every entry runs: jOOQ writes its SQL once, and each run binds its values and
 * executes it with JDBC on the transaction's connection. For these few statements jOOQ's rendering,
 * binding and record mapping on every run cost several times H2's own work (decision 39); H2 keeps
 * each connection's parsed statements, so preparing the same SQL again is a lookup.
 */
final class Prepared {
  /** Reads one row of the result. */
  @FunctionalInterface
  interface Row<T> {
    T of(ResultSet rs) throws SQLException;
  }

  /** Takes one row of the result. */
  @FunctionalInterface
  interface Each {
    void accept(ResultSet rs) throws SQLException;
  }

  private final DSLContext dsl;
  private final String sql;
  private final int values;

  /**
   * @param query the statement, its bind values standing for those each run gives, in the order its
   *     SQL takes them
   */
  Prepared(DSLContext dsl, Query query) {
    this.dsl = dsl;
    this.sql = dsl.render(query);
    this.values = query.getBindValues().size();
  }

  /** Runs an insert, update or delete; the number of rows it changed. */
  int execute(Object... values) {
    return dsl.connectionResult(
        c -> {
          try (PreparedStatement p = bound(c.prepareStatement(sql), values)) {
            return p.executeUpdate();
          }
        });
  }

  /** The first row of a query, if it has one. */
  <T> Optional<T> first(Row<T> row, Object... values) {
    return dsl.connectionResult(
        c -> {
          try (PreparedStatement p = bound(c.prepareStatement(sql), values);
              ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(row.of(rs)) : Optional.empty();
          }
        });
  }

  /** Every row of a query, in its order. */
  void forEach(Each each, Object... values) {
    dsl.connection(
        c -> {
          try (PreparedStatement p = bound(c.prepareStatement(sql), values);
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              each.accept(rs);
            }
          }
        });
  }

  /** A value each run binds, of {@code field}'s type, where the statement takes it. */
  static <T> Param<T> value(Field<T> field) {
    return DSL.param(field.getName(), field.getDataType());
  }

  private PreparedStatement bound(PreparedStatement p, Object[] given) throws SQLException {
    if (given.length != values) {
      p.close();
      throw new IllegalArgumentException(
          given.length + " values for a statement that takes " + values + ": " + sql);
    }
    for (int i = 0; i < given.length; i++) {
      p.setObject(i + 1, given[i]);
    }
    return p;
  }
}
