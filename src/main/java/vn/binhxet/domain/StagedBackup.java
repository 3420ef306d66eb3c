package vn.binhxet.domain;

import vn.binhxet.domain.vote.VoteRepository;

/**
 * A backup unpacked and opened apart, to be checked with the same repositories as the live data
 * before it replaces them. Closing it removes whatever was not swapped in.
 */
public interface StagedBackup extends AutoCloseable {
  TransactionRunner tx();

  AuditLogRepository log();

  VoteRepository votes();

  ConferenceRepository conferences();

  /** Whether the backup's database has a password. */
  boolean encrypted();

  /**
   * Replaces the data folder's (closed) database with the backup in one atomic step.
   *
   * @throws StorageException when it cannot be replaced; the database is then as it was
   */
  void swapIn();

  @Override
  void close();
}
