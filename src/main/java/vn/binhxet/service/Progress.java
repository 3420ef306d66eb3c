package vn.binhxet.service;

/** How far long work has got, for a progress bar: {@code done} of {@code total} parts. */
@FunctionalInterface
public interface Progress {
  /** Work that does not tell. */
  Progress NONE = (done, total) -> {};

  void report(int done, int total);
}
