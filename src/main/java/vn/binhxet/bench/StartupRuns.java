package vn.binhxet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

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
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Long startup = null;
    OptionalLong ready = OptionalLong.empty();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        OptionalLong n = value(line, STARTUP);
        if (n.isPresent()) {
          startup = n.getAsLong();
        }
        OptionalLong r = value(line, READY);
        if (r.isPresent()) {
          ready = r;
        }
      }
    }
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException(mainClass + " did not exit within two minutes");
    }
    if (p.exitValue() != 0 || startup == null) {
      throw new IOException(
          mainClass + " exited with " + p.exitValue() + " without printing " + STARTUP);
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
