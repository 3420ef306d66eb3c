package vn.binhxet.bench;

/** Where the benchmark says what it is doing: a key of the message bundles and its arguments. */
@FunctionalInterface
interface Log {
  Log NONE = (key, args) -> {};

  void say(String key, Object... args);
}
