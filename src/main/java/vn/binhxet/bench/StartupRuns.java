package vn.binhxet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Starts child JVMs with this process's JVM options and class path, each printing {@code startup-ms
 * N} (and the app {@code ready-ms N}) once its window is shown: the app on the large conference's
 * data, and the empty window, alternately.
 */
final class StartupRuns {
  static final String STARTUP = "startup-ms";
  static final String READY = "ready-ms";
  static final String APP_MAIN = "vn.binhxet.app.Launcher";

  /** One start: JVM start to window shown, and to the main content ready when the app says it. */
  record Start(long startupMs, OptionalLong readyMs) {}

  private StartupRuns() {}

  /**
   * Why no window can be shown here (a bundle key), or null when one can: on Linux without an X or
   * Wayland display JavaFX cannot start.
   */
  static String whyNotHere(Map<String, String> env, String osName) {
    boolean linux = osName.toLowerCase(Locale.ROOT).contains("linux");
    if (linux && blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
      return "bench.skip.noDisplay";
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static Start app(Path dataDir) throws IOException, InterruptedException {
    return run(APP_MAIN, List.of("--data-dir", dataDir.toString(), "--startup-probe"));
  }

  static Start emptyWindow() throws IOException, InterruptedException {
    return run(EmptyWindow.class.getName(), List.of());
  }

  private static Start run(String mainClass, List<String> args)
      throws IOException, InterruptedException {
    ChildJvm.Ended ended =
        ChildJvm.run(ManagementFactory.getRuntimeMXBean().getInputArguments(), mainClass, args, 2);
    Long startup = null;
    OptionalLong ready = OptionalLong.empty();
    for (String line : ended.lines()) {
      OptionalLong n = value(line, STARTUP);
      if (n.isPresent()) {
        startup = n.getAsLong();
      }
      OptionalLong r = value(line, READY);
      if (r.isPresent()) {
        ready = r;
      }
    }
    if (ended.exitCode() != 0 || startup == null) {
      throw new IOException(
          mainClass + " exited with " + ended.exitCode() + " without printing " + STARTUP);
    }
    return new Start(startup, ready);
  }

  /** The number after {@code name} on a line {@code "name N"}, if it is one. */
  static OptionalLong value(String line, String name) {
    String[] parts = line.strip().split("\\s+");
    if (parts.length == 2 && parts[0].equals(name)) {
      try {
        return OptionalLong.of(Long.parseLong(parts[1]));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }
}
