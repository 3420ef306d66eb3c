package vn.binhxet.persistence;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.binhxet.domain.TransactionRunner;

/**
 * Runs work in one jOOQ transaction. After a write commits, {@code CHECKPOINT SYNC} forces it to
 * the disk, so that a recorded tally is acknowledged only once it would survive a power cut.
 */
public final class JooqTransactionRunner implements TransactionRunner {
  private final DSLContext dsl;
  private final Runnable beforeWrite;
  private final Runnable afterDurableWrite;

  public JooqTransactionRunner(DSLContext dsl) {
    this(dsl, () -> {}, () -> {});
  }

  /**
   * @param afterDurableWrite told, on the writing thread, each time a write has become durable: the
   *     screens show "saved at …" only then
   */
  public JooqTransactionRunner(DSLContext dsl, Runnable afterDurableWrite) {
    this(dsl, () -> {}, afterDurableWrite);
  }

  /**
   * @param beforeWrite run before each write transaction begins; it refuses the write by throwing
   *     (a nearly full disk), before anything is changed
   */
  public JooqTransactionRunner(DSLContext dsl, Runnable beforeWrite, Runnable afterDurableWrite) {
    this.dsl = dsl;
    this.beforeWrite = beforeWrite;
    this.afterDurableWrite = afterDurableWrite;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    beforeWrite.run();
    T result = dsl.transactionResult(work::get);
    // Straight to JDBC: jOOQ would scan the text for bind variables on every entry.
    dsl.connection(
        c -> {
          try (var checkpoint = c.createStatement()) {
            checkpoint.execute("CHECKPOINT SYNC");
          }
        });
    afterDurableWrite.run();
    return result;
  }

  @Override
  public <T> T read(Supplier<T> work) {
    return dsl.transactionResult(work::get);
  }
}
