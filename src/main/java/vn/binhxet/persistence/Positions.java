package vn.binhxet.persistence;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Rows kept in an order of their own by a position column (members, people, awards, votes, agenda
 * steps): the next position, and the renumbering that a removal or a move needs.
 */
final class Positions {
  private final DSLContext dsl;

  Positions(DSLContext dsl) {
    this.dsl = dsl;
  }

  int next(TableField<?, Integer> position, org.jooq.Condition where) {
    Integer max =
        dsl.select(DSL.max(position))
            .from(position.getTable())
            .where(where)
            .fetchOne(0, Integer.class);
    return max == null ? 1 : max + 1;
  }

  /** After the row at {@code removed} was deleted, the rows below it move up by one. */
  void closeGap(Table<?> table, Field<Integer> position, org.jooq.Condition where, int removed) {
    dsl.update(table)
        .set(position, position.minus(1))
        .where(where.and(position.gt(removed)))
        .execute();
  }

  /** Moves the row at {@code from} to {@code to}; the rows between shift by one. */
  void move(
      Table<?> table,
      Field<Long> id,
      Field<Integer> position,
      org.jooq.Condition where,
      int from,
      int to) {
    List<Long> rows = dsl.select(id).from(table).where(where).orderBy(position).fetch(id);
    Long moved = rows.remove(from - 1);
    rows.add(to - 1, moved);
    for (int i = 0; i < rows.size(); i++) {
      dsl.update(table).set(position, i + 1).where(id.eq(rows.get(i))).execute();
    }
  }

  /** Numbers the rows 1, 2, … in their present order, closing the gap a removal left. */
  void renumber(
      Table<?> table,
      Field<Long> key,
      Field<Integer> position,
      org.jooq.Condition select,
      org.jooq.Condition where) {
    List<Long> rows = dsl.select(key).from(table).where(select).orderBy(position).fetch(key);
    for (int i = 0; i < rows.size(); i++) {
      dsl.update(table).set(position, i + 1).where(where.and(key.eq(rows.get(i)))).execute();
    }
  }
}
