package vn.binhxet.service;

import java.time.Duration;

/**
 * How many backups the data folder keeps (the oldest go first) and how long activity may go on
 * before the next automatic one.
 */
public record BackupPolicy(int keep, Duration interval) {
  public static final int DEFAULT_KEEP = 20;
  public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
  public static final BackupPolicy DEFAULT = new BackupPolicy(DEFAULT_KEEP, DEFAULT_INTERVAL);

  public BackupPolicy {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one backup: " + keep);
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
  }
}
