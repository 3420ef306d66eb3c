package vn.binhxet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The memory of the app as users run it: a child JVM started with the installed app's JVM options
 * (packaging/jpackage/app-image.args, copied into the jar) opens the large conference, computes
 * every result, writes its minutes and exports it, then prints the heap in use after a full
 * collection and its own peak resident memory. The bench's own process, which also builds the
 * conference and keeps the baselines, is no measure of what a secretary's laptop needs.
 */
final class AppMemory {
  static final String HEAP = "heap-bytes";
  static final String PEAK = "rss-peak-bytes";

  /** What the child measured. */
  record Measured(long heapBytes, long peakBytes) {}

  private AppMemory() {}

  /** The {@code --java-options} of the installed launchers, in order. */
  static List<String> appJvmOptions() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            AppMemory.class.getResourceAsStream("app-image.args"), "app-image.args")) {
      return javaOptions(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static List<String> javaOptions(String argsFile) {
    List<String> options = new ArrayList<>();
    for (String line : argsFile.lines().map(String::strip).toList()) {
      if (line.startsWith("--java-options ")) {
        options.add(unquote(line.substring("--java-options ".length()).strip()));
      }
    }
    return options;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }

  /** Runs the child on the (closed) data folder of the large conference. */
  static Measured measure(Path dataDir, long conferenceId)
      throws IOException, InterruptedException {
    ChildJvm.Ended ended =
        ChildJvm.run(
            appJvmOptions(),
            StartupRuns.APP_MAIN,
            List.of(
                "bench",
                BenchCommand.MEMORY_OF,
                dataDir.toString(),
                BenchCommand.CONFERENCE,
                Long.toString(conferenceId)),
            5);
    OptionalLong heap = OptionalLong.empty();
    OptionalLong peak = OptionalLong.empty();
    for (String line : ended.lines()) {
      if (StartupRuns.value(line, HEAP).isPresent()) {
        heap = StartupRuns.value(line, HEAP);
      }
      if (StartupRuns.value(line, PEAK).isPresent()) {
        peak = StartupRuns.value(line, PEAK);
      }
    }
    if (ended.exitCode() != 0 || heap.isEmpty() || peak.isEmpty()) {
      throw new IOException(
          "the memory run exited with " + ended.exitCode() + " without its figures");
    }
    return new Measured(heap.getAsLong(), peak.getAsLong());
  }

  /**
   * In the child: the work a secretary does on a large conference once it has been held, with the
   * conference and its results kept in memory while the heap is measured.
   */
  static void runChild(BenchServices s, long conferenceId, PrintWriter out) throws IOException {
    Object held = List.of(s.conferences().open(conferenceId), s.votes().outcomes(conferenceId));
    byte[] minutes = s.documents().minutes(conferenceId, null);
    byte[] file = s.files().export(conferenceId);
    Path scratch = Files.createTempFile("binhxet-memory-", ".pdf");
    try {
      Files.write(scratch, minutes);
    } finally {
      Files.deleteIfExists(scratch);
    }
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    out.println(HEAP + " " + heap);
    out.println(
        PEAK
            + " "
            + ResidentMemory.peakBytes(Path.of("/proc/self/status"))
                .orElseThrow(() -> new IOException("no /proc/self/status")));
    out.flush();
    // Reachable until measured: the figures are of the conference held, not of an empty app.
    Reference.reachabilityFence(held);
    Reference.reachabilityFence(file);
  }
}
