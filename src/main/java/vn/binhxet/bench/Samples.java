package vn.binhxet.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Durations of a measured action and the heap its thread allocated, sample by sample. What an entry
 * allocates is what sets how often the collector pauses it, and so its p99.
 */
final class Samples {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final List<Long> nanos = new ArrayList<>();
  private final List<Long> bytes = new ArrayList<>();

  void measure(Runnable action) {
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    action.run();
    nanos.add(System.nanoTime() - start);
    bytes.add(THREADS.getCurrentThreadAllocatedBytes() - allocated);
  }

  long[] nanos() {
    return nanos.stream().mapToLong(Long::longValue).toArray();
  }

  long[] bytes() {
    return bytes.stream().mapToLong(Long::longValue).toArray();
  }
}
