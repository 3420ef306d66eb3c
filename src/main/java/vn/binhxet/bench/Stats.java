package vn.binhxet.bench;

import java.util.Arrays;

/** Percentiles of measured durations, by the nearest-rank method: always one of the samples. */
final class Stats {
  private Stats() {}

  /**
   * The {@code p}-th percentile (1–100) of {@code samples}: the smallest sample that at least
   * {@code p} % of the samples do not exceed.
   */
  static long percentile(long[] samples, int p) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("percentile out of 1..100: " + p);
    }
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    // ceil(p × n / 100) in integers; rank 1 is the smallest.
    int rank = (p * sorted.length + 99) / 100;
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The median: the 50th percentile (the lower middle of an even count). */
  static long median(long[] samples) {
    return percentile(samples, 50);
  }

  /** {@code samples} without the first {@code warmUp}: what a warm process does. */
  static long[] afterWarmUp(long[] samples, int warmUp) {
    return Arrays.copyOfRange(samples, Math.min(warmUp, samples.length), samples.length);
  }
}
