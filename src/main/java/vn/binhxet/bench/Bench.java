package vn.binhxet.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import vn.binhxet.domain.vote.Checks;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteEngine;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.pdf.PdfPageImages;
import vn.binhxet.service.Messages;

/**
 * Runs every measure of issue 8 in one data folder and fills the report. Durations are medians of
 * several runs after warm-up runs that are not counted, except the entries, whose p50 and p99 are
 * taken over hundreds of entries.
 */
final class Bench {
  /**
   * Entered untimed, in a data folder of its own, before the timed conference (decision 31): the
   * JIT compiles the entries' code over their first few thousand, and on a machine of two cores its
   * threads take the core an entry runs on for milliseconds at a time. The timed conference starts
   * once the JIT has gone quiet.
   */
  static final LargeConference.Shape WARM_UP =
      new LargeConference.Shape(200, 5, 12, 2, 10, 4, 40, 3000, 500);

  /** The first entries of the timed conference meet the caches of a new file. */
  static final int ENTRY_WARM_UP = 50;

  /**
   * One bare commit after every this many timed entries: about 1,800 in the full run, for a p99 of
   * many samples.
   */
  static final int BARE_EVERY = 3;

  static final int RESULT_RUNS = 21;
  static final int DOCUMENT_RUNS = 5;
  static final int FILE_RUNS = 3;

  private final BenchServices.Factory factory;
  private final Messages m;
  private final Log log;
  private final LargeConference.Shape shape;
  private final int startupRuns;
  private final Report report;
  // Keeps computed results reachable, so that the JIT cannot drop the work being timed.
  private long sink;

  Bench(
      BenchServices.Factory factory,
      Messages messages,
      Log log,
      LargeConference.Shape shape,
      int startupRuns) {
    this.factory = factory;
    this.m = messages;
    this.log = log;
    this.shape = shape;
    this.startupRuns = startupRuns;
    this.report = new Report(messages);
  }

  Report run(Path work) throws IOException, InterruptedException {
    warmUp(work.resolve("warm-up"));
    Path data = work.resolve("data");
    Files.createDirectories(data);
    long largeId;
    try (BenchServices s = factory.open(data)) {
      log.say("bench.progress.demo");
      long demo = s.demo().create();
      log.say("bench.progress.generating", shape.units(), shape.delegates(), shape.ballots());
      long started = System.nanoTime();
      LargeConference.Built large;
      Samples bare = new Samples();
      // As in the app, a backup a write made due is taken after that write, not inside the next
      // timed entry: the app takes it on its tasks' thread before the next task.
      List<Runnable> upkeep = new ArrayList<>();
      s.takeBackupsOn().accept(upkeep::add);
      try (BareCommit baseline = new BareCommit(work)) {
        for (int i = 0; i < ENTRY_WARM_UP; i++) {
          baseline.insert();
        }
        int[] entries = new int[1];
        large =
            new LargeConference(
                    s,
                    shape,
                    log,
                    () -> {
                      runAll(upkeep);
                      if (++entries[0] % BARE_EVERY == 0) {
                        bare.measure(baseline::insert);
                      }
                    })
                .build();
        runAll(upkeep);
      }
      largeId = large.conferenceId();
      log.say("bench.progress.generated", (System.nanoTime() - started) / 1_000_000_000L);

      entries(large, bare);
      results(s, large.conferenceId(), demo);
      minutes(s, large.conferenceId(), demo);
      files(s, large.conferenceId(), demo);
      heap(s, large.conferenceId(), demo);
    }
    startup(data);
    residentMemory(data, largeId);
    return report;
  }

  private void warmUp(Path folder) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    log.say("bench.progress.warmUp", WARM_UP.ballots(), WARM_UP.extraTallies());
    try (BenchServices s = factory.open(folder)) {
      List<Runnable> upkeep = new ArrayList<>();
      s.takeBackupsOn().accept(upkeep::add);
      new LargeConference(s, WARM_UP, Log.NONE, () -> runAll(upkeep)).build();
      runAll(upkeep);
    }
    awaitIdleCompiler();
  }

  /**
   * Until the JIT has compiled what the warm-up made hot: its queue outlives the warm-up by about a
   * second on two cores, and what it compiles then would be compiled in the timed entries' place.
   */
  private static void awaitIdleCompiler() throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return;
    }
    long deadline = System.nanoTime() + 60_000_000_000L;
    long compiled = jit.getTotalCompilationTime();
    int quiet = 0;
    while (quiet < 2 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      long now = jit.getTotalCompilationTime();
      quiet = now - compiled <= 5 ? quiet + 1 : 0;
      compiled = now;
    }
  }

  /**
   * The entry lines. {@code bareSamples} were taken between the timed entries (decision 31), so
   * that the baseline meets the same disk and the same state of the JVM as the entries.
   */
  private void entries(LargeConference.Built large, Samples bareSamples) {
    long[] bare = bareSamples.nanos();
    long[] tallies = Stats.afterWarmUp(large.tallies().nanos(), ENTRY_WARM_UP);
    long[] ballots = Stats.afterWarmUp(large.ballots().nanos(), ENTRY_WARM_UP);
    long bare50 = Stats.percentile(bare, 50);
    long bare99 = Stats.percentile(bare, 99);
    Budget twice = Budget.timesBaseline(2, 1);
    report.add(
        m.get("bench.line.tally50", tallies.length),
        Report.Unit.TIME,
        Stats.percentile(tallies, 50),
        bare50,
        null);
    report.add(
        m.get("bench.line.tally99", tallies.length),
        Report.Unit.TIME,
        Stats.percentile(tallies, 99),
        bare99,
        twice);
    report.add(
        m.get("bench.line.ballot50", ballots.length),
        Report.Unit.TIME,
        Stats.percentile(ballots, 50),
        bare50,
        null);
    report.add(
        m.get("bench.line.ballot99", ballots.length),
        Report.Unit.TIME,
        Stats.percentile(ballots, 99),
        bare99,
        twice);
    long bareBytes = Stats.median(bareSamples.bytes());
    report.add(
        m.get("bench.line.tallyBytes"),
        Report.Unit.KIB,
        Stats.median(Stats.afterWarmUp(large.tallies().bytes(), ENTRY_WARM_UP)),
        bareBytes,
        null);
    report.add(
        m.get("bench.line.ballotBytes"),
        Report.Unit.KIB,
        Stats.median(Stats.afterWarmUp(large.ballots().bytes(), ENTRY_WARM_UP)),
        bareBytes,
        null);
  }

  private void results(BenchServices s, long large, long demo) {
    log.say("bench.progress.results");
    List<VoteOutcome> largeOutcomes = s.votes().outcomes(large);
    List<VoteOutcome> demoOutcomes = s.votes().outcomes(demo);
    Budget fifty = Budget.under(50_000_000L);
    report.add(
        m.get("bench.line.compute", rounds(largeOutcomes)),
        Report.Unit.TIME,
        median(RESULT_RUNS * 2, RESULT_RUNS, () -> time(() -> compute(largeOutcomes))),
        median(RESULT_RUNS * 2, RESULT_RUNS, () -> time(() -> compute(demoOutcomes))),
        fifty);
    report.add(
        m.get("bench.line.loadCompute"),
        Report.Unit.TIME,
        median(5, RESULT_RUNS, () -> time(() -> compute(s.votes().outcomes(large)))),
        median(5, RESULT_RUNS, () -> time(() -> compute(s.votes().outcomes(demo)))),
        fifty);
    report.add(
        m.get("bench.line.resultsService"),
        Report.Unit.TIME,
        median(5, RESULT_RUNS, () -> time(() -> sink += s.votes().results(large).votes().size())),
        median(5, RESULT_RUNS, () -> time(() -> sink += s.votes().results(demo).votes().size())),
        null);
  }

  private static int rounds(List<VoteOutcome> outcomes) {
    return outcomes.stream().mapToInt(o -> o.rounds().size()).sum();
  }

  /**
   * What the engine does for every round from its entries, as when a round closes: the tally
   * (counting single ballots), the checks, the result.
   */
  private void compute(List<VoteOutcome> outcomes) {
    for (VoteOutcome o : outcomes) {
      for (RoundRecord r : o.rounds()) {
        var tally = r.tally();
        sink += Checks.of(r.setup(), tally, null, r.ballots()).size();
        sink += VoteEngine.result(r.setup(), tally).nominated().size();
      }
    }
  }

  private void minutes(BenchServices s, long large, long demo) {
    log.say("bench.progress.minutes");
    byte[][] last = new byte[2][];
    long largeMs =
        median(2, DOCUMENT_RUNS, () -> time(() -> last[0] = s.documents().minutes(large, null)));
    long demoMs =
        median(2, DOCUMENT_RUNS, () -> time(() -> last[1] = s.documents().minutes(demo, null)));
    report.add(
        m.get(
            "bench.line.minutes",
            PdfPageImages.pageCount(last[0]),
            PdfPageImages.pageCount(last[1])),
        Report.Unit.TIME,
        largeMs,
        demoMs,
        Budget.under(1_500_000_000L));
  }

  private void files(BenchServices s, long large, long demo) {
    log.say("bench.progress.files");
    byte[][] file = new byte[2][];
    long exportLarge = median(1, FILE_RUNS, () -> time(() -> file[0] = s.files().export(large)));
    long exportDemo = median(1, FILE_RUNS, () -> time(() -> file[1] = s.files().export(demo)));
    report.add(m.get("bench.line.export"), Report.Unit.TIME, exportLarge, exportDemo, null);
    report.add(
        m.get("bench.line.fileSize"),
        Report.Unit.BYTES,
        file[0].length,
        (long) file[1].length,
        null);
    long importLarge =
        median(1, FILE_RUNS, () -> time(() -> sink += s.files().importFile(file[0])));
    long importDemo = median(1, FILE_RUNS, () -> time(() -> sink += s.files().importFile(file[1])));
    report.add(m.get("bench.line.import"), Report.Unit.TIME, importLarge, importDemo, null);
  }

  /**
   * Heap the loaded conference and its outcomes hold: in use after a full collection while they are
   * held, less the same once they are dropped. The heap as a whole is no measure of them: the
   * database's page cache and the libraries' caches, filled by the work before, make most of it and
   * vary by more than the demo weighs.
   */
  private void heap(BenchServices s, long large, long demo) {
    log.say("bench.progress.memory");
    long withDemo = retained(() -> List.of(s.conferences().open(demo), s.votes().outcomes(demo)));
    long withLarge =
        retained(() -> List.of(s.conferences().open(large), s.votes().outcomes(large)));
    report.add(m.get("bench.line.heap"), Report.Unit.BYTES, withLarge, withDemo, null);
  }

  private static long retained(java.util.function.Supplier<Object> load) {
    Object held = load.get();
    long with = heapAfterGc();
    java.lang.ref.Reference.reachabilityFence(held);
    held = null;
    long without = heapAfterGc();
    return Math.max(0, with - without);
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void startup(Path data) throws IOException, InterruptedException {
    String why = StartupRuns.whyNotHere(System.getenv(), System.getProperty("os.name"));
    if (why != null) {
      report.skipped(m.get("bench.line.startup", startupRuns), m.get(why));
      return;
    }
    log.say("bench.progress.startup", startupRuns);
    // One start of each first, not counted: the disk cache and JavaFX's native libraries.
    StartupRuns.app(data);
    StartupRuns.emptyWindow();
    long[] app = new long[startupRuns];
    long[] empty = new long[startupRuns];
    List<Long> ready = new ArrayList<>();
    for (int i = 0; i < startupRuns; i++) {
      StartupRuns.Start a = StartupRuns.app(data);
      app[i] = a.startupMs() * 1_000_000L;
      a.readyMs().ifPresent(r -> ready.add(r * 1_000_000L));
      empty[i] = StartupRuns.emptyWindow().startupMs() * 1_000_000L;
      log.say(
          "bench.progress.startupRun", i + 1, startupRuns, a.startupMs(), empty[i] / 1_000_000L);
    }
    long emptyMedian = Stats.median(empty);
    report.add(
        m.get("bench.line.startup", startupRuns),
        Report.Unit.TIME,
        Stats.median(app),
        emptyMedian,
        Budget.timesBaseline(6, 5));
    if (!ready.isEmpty()) {
      report.add(
          m.get("bench.line.ready", ready.size()),
          Report.Unit.TIME,
          Stats.median(ready.stream().mapToLong(Long::longValue).toArray()),
          emptyMedian,
          null);
    }
  }

  /** The app's own memory, in a child started as the installed app is (see {@link AppMemory}). */
  private void residentMemory(Path data, long large) throws IOException, InterruptedException {
    if (ResidentMemory.peakBytes(Path.of("/proc/self/status")).isEmpty()) {
      report.skipped(m.get("bench.line.rss"), m.get("bench.skip.noProc"));
      return;
    }
    log.say("bench.progress.appMemory", String.join(" ", AppMemory.appJvmOptions()));
    AppMemory.Measured app = AppMemory.measure(data, large);
    report.add(m.get("bench.line.appHeap"), Report.Unit.BYTES, app.heapBytes(), null, null);
    report.add(
        m.get("bench.line.rss"),
        Report.Unit.BYTES,
        app.peakBytes(),
        null,
        Budget.under(400L << 20));
  }

  private static void runAll(List<Runnable> upkeep) {
    List<Runnable> due = List.copyOf(upkeep);
    upkeep.clear();
    due.forEach(Runnable::run);
  }

  private long time(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
  }

  /** The median of {@code runs} timings, after {@code warmUp} that are thrown away. */
  private static long median(int warmUp, int runs, LongSupplier timing) {
    for (int i = 0; i < warmUp; i++) {
      timing.getAsLong();
    }
    long[] t = new long[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = timing.getAsLong();
    }
    return Stats.median(t);
  }

  /** Read by nobody; written so that the timed work has an effect. */
  long sink() {
    return sink;
  }
}
