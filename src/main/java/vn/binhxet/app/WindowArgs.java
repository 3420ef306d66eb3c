package vn.binhxet.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of a start that opens the window, read without the command parser: building it with
 * every command costs a quarter of a second before the window can show (decision 0033). Anything
 * else — a command, help, an unknown option, a file that is not there — goes to the parser, which
 * runs the command or says what is wrong.
 *
 * @param file a conference file to offer for import (the desktop opens the app with it), or null
 */
record WindowArgs(String dataDir, boolean startupProbe, Path file) {

  static Optional<WindowArgs> read(String[] args, Set<String> commands) {
    String dataDir = null;
    boolean probe = false;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--data-dir") && i + 1 < args.length) {
        dataDir = args[++i];
      } else if (a.startsWith("--data-dir=")) {
        dataDir = a.substring("--data-dir=".length());
      } else if (a.equals("--startup-probe")) {
        probe = true;
      } else if (a.startsWith("-") || commands.contains(a) || file != null) {
        return Optional.empty();
      } else {
        Optional<Path> existing = existingFile(a);
        if (existing.isEmpty()) {
          return Optional.empty();
        }
        file = existing.get();
      }
    }
    return Optional.of(new WindowArgs(dataDir, probe, file));
  }

  private static Optional<Path> existingFile(String name) {
    try {
      Path p = Path.of(name);
      return Files.isRegularFile(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }
}
