package vn.binhxet.domain;

import java.util.function.Supplier;

/**
 * Runs a use case in one transaction. When it returns, what the work wrote is committed and
 * durable; when the work throws, nothing of it is kept.
 */
public interface TransactionRunner {
  <T> T inTransaction(Supplier<T> work);

  /** Runs read-only work in one transaction, with no durability cost. */
  <T> T read(Supplier<T> work);
}
