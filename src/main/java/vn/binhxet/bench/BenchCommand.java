package vn.binhxet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.binhxet.service.Messages;

/**
 * {@code bench [--runs N] [--keep DIR]}: builds a large conference in a fresh data folder, measures
 * it against baselines taken in the same run and prints the table (stdout); progress goes to
 * stderr. Exits 0 when every budget that could be checked holds, {@link #BUDGET_FAILED} otherwise.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
public final class BenchCommand implements Callable<Integer> {
  /** Exit code when a budget does not hold. */
  public static final int BUDGET_FAILED = 6;

  private final BenchServices.Factory factory;
  private final Messages messages;

  @Spec CommandSpec spec;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "5",
      descriptionKey = "bench.option.runs")
  int runs;

  @Option(names = "--keep", paramLabel = "DIR", descriptionKey = "bench.option.keep")
  Path keep;

  static final String MEMORY_OF = "--memory-of";
  static final String CONFERENCE = "--conference";

  /** The bench's own child (see {@link AppMemory}): not for users, so not in the help. */
  @Option(names = MEMORY_OF, hidden = true)
  Path memoryOf;

  @Option(names = CONFERENCE, hidden = true)
  long conference;

  public BenchCommand(BenchServices.Factory factory, Messages messages) {
    this.factory = factory;
    this.messages = messages;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (memoryOf != null) {
      try (BenchServices s = factory.open(memoryOf)) {
        AppMemory.runChild(s, conference, out);
      }
      return 0;
    }
    if (runs < 1 || runs > 99) {
      err.println(messages.get("bench.badRuns", runs));
      err.flush();
      return 2;
    }
    Path work;
    if (keep != null) {
      work = keep.toAbsolutePath().normalize();
      if (Files.exists(work) && !isEmptyDir(work)) {
        err.println(messages.get("bench.keepNotEmpty", work));
        err.flush();
        return 2;
      }
      Files.createDirectories(work);
    } else {
      work = Files.createTempDirectory("binhxet-bench-");
    }
    Log log =
        (key, args) -> {
          err.println(messages.get(key, args));
          err.flush();
        };
    Report report;
    try {
      report = new Bench(factory, messages, log, LargeConference.Shape.FULL, runs).run(work);
    } finally {
      if (keep == null) {
        deleteTree(work);
      } else {
        log.say("bench.kept", work);
      }
    }
    out.print(report.render());
    out.flush();
    boolean holds = report.allHold();
    err.println(messages.get(holds ? "bench.allHold" : "bench.someFail"));
    err.flush();
    return holds ? 0 : BUDGET_FAILED;
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
