package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.StorageException;
import vn.binhxet.service.AuditService;

/**
 * Kills the app with SIGKILL while it records, again and again, and proves after each kill that
 * every write it acknowledged is stored whole, that the one write in flight is either wholly there
 * or wholly absent, that the audit log still verifies, and that the conference reopens at the step
 * and round the last acknowledgement told. The writes are made by {@link CrashDriver} in a child
 * JVM; a restarted driver carries on from the stored state. Repeat a run with {@code
 * -Dbinhxet.crash.seed=<seed>}: the seed sets where the kills fall (their exact moment is the
 * machine's).
 */
class CrashSafetyTest {
  /** At least 20; more only to hunt a fault ({@code -Dbinhxet.crash.kills}). */
  private static final int KILLS = Math.max(20, Integer.getInteger("binhxet.crash.kills", 22));

  private static final long LINE_TIMEOUT_SECONDS = 120;
  private static final int SIGKILL_EXIT = 128 + 9;
  private static final int FIRST_START_KILLS = 4;
  private static final int MIGRATION_WINDOW_MICROS = 600_000;

  @TempDir Path dir;

  private final List<CrashScript.Op> stored = new ArrayList<>();
  private CrashScript.Op inFlight;
  private String inFlightWhere;
  private String lastWhere = StoredState.where(0, null, null, null);
  private long seed;
  private int committedInFlight;
  private int absentInFlight;
  private Path stderr;

  /** Where a child is killed: after an acknowledgement, inside a write, or while starting. */
  private record Kill(String when, int after, long delayMicros) {
    static Kill choose(Random random, int run) {
      int n = 3 + random.nextInt(18);
      return switch (run == 0 ? random.nextInt(2) : random.nextInt(8)) {
        case 0, 2, 4, 6 -> new Kill("ACK", n, 0);
        case 7 -> new Kill("START", 0, 50_000 + random.nextInt(1_500_000));
        // A write takes from a few to some tens of milliseconds: the kill falls anywhere in it.
        default -> new Kill("DO", n, random.nextInt(30_000));
      };
    }
  }

  @Test
  void everyAcknowledgedWriteOutlivesAKillAndTheConferenceCarriesOnWhereItStood() throws Exception {
    seed = Long.getLong("binhxet.crash.seed", new SecureRandom().nextLong());
    Random random = new Random(seed);
    stderr = dir.resolve("child-stderr.txt");
    Path data = dir.resolve("data");
    for (int run = 0; run < KILLS; run++) {
      Kill kill = Kill.choose(random, run);
      Path stdout = dir.resolve("child-stdout-" + run + ".txt");
      Process child = start(data, null, stdout);
      Output out = new Output(child, stdout);
      if (kill.when().equals("START")) {
        TimeUnit.MICROSECONDS.sleep(kill.delayMicros());
      } else {
        int seen = 0;
        String marker = kill.when() + " ";
        while (seen < kill.after()) {
          String line = next(out, "run " + run);
          take(line);
          if (line.startsWith(marker)) {
            seen++;
          }
        }
        // Linux sleeps to within tens of microseconds: no need to spin against the child.
        TimeUnit.MICROSECONDS.sleep(kill.delayMicros());
      }
      child.destroyForcibly();
      drain(out, child, "run " + run + " after the kill");
      assertThat(child.exitValue())
          .as("%s: the child died of SIGKILL (%s); stderr: %s", context(run), kill, stderrText())
          .isEqualTo(SIGKILL_EXIT);
      check(data, context(run) + " killed " + kill);
    }

    Path stdout = dir.resolve("child-stdout-last.txt");
    Process last = start(data, "until-closed", stdout);
    drain(new Output(last, stdout), last, "the last run");
    assertThat(last.exitValue())
        .as("%s: the last run ends by itself; stderr: %s", context(KILLS), stderrText())
        .isZero();
    check(data, context(KILLS) + " after the last run");
    try (Services s = Services.open(data, Clock.systemUTC())) {
      outcomesAreTheDemos(s);
    }
    System.out.printf(
        "crash test: seed %d, %d kills, %d writes stored, in flight at a kill: %d there, %d not%n",
        seed, KILLS, stored.size(), committedInFlight, absentInFlight);
  }

  /**
   * The first start makes the database: killed then, the folder must still open (and be made whole)
   * at the next start, never be refused as unreadable.
   */
  @Test
  void aKillWhileTheDatabaseIsBeingMadeLeavesAFolderThatOpens() throws Exception {
    seed = Long.getLong("binhxet.crash.seed", new SecureRandom().nextLong());
    Random random = new Random(seed);
    stderr = dir.resolve("child-stderr.txt");
    for (int i = 0; i < FIRST_START_KILLS; i++) {
      Path data = dir.resolve("data-" + i);
      Process child = start(data, null, dir.resolve("child-stdout-" + i + ".txt"));
      // The migrations run in the moments after the database's file appears.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LINE_TIMEOUT_SECONDS);
      while (!holdsADatabaseFile(data) && child.isAlive() && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(1);
      }
      long delay = random.nextInt(MIGRATION_WINDOW_MICROS);
      TimeUnit.MICROSECONDS.sleep(delay);
      child.destroyForcibly();
      assertThat(child.waitFor(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
      String context = "seed " + seed + ", killed " + delay + " µs after the file appeared";
      assertThat(child.exitValue())
          .as("%s: the child died of SIGKILL; stderr: %s", context, stderrText())
          .isEqualTo(SIGKILL_EXIT);
      try (Services s = Services.open(data, Clock.systemUTC())) {
        // A late kill may have let the first writes through: they must verify like any others.
        assertThat(s.audit().verify().mismatches()).as(context).isEmpty();
      } catch (StorageException e) {
        fail(context + ": the folder no longer opens", e);
      }
    }
  }

  private static boolean holdsADatabaseFile(Path data) throws IOException {
    if (!Files.isDirectory(data)) {
      return false;
    }
    try (var files = Files.list(data)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
    }
  }

  private String context(int run) {
    return "seed " + seed + ", run " + run + ", " + stored.size() + " writes stored";
  }

  /** Reopens the data folder as the app would and compares it with what was acknowledged. */
  private void check(Path data, String context) {
    try (Services s = Services.open(data, Clock.systemUTC())) {
      AuditService.Verdict verdict = s.audit().verify();
      assertThat(verdict.mismatches()).as("%s: the audit log verifies", context).isEmpty();
      long logged = verdict.entries();
      // Each write appends exactly one audit entry in its own transaction.
      assertThat(logged)
          .as(
              "%s: audit entries against writes acknowledged (in flight: %s)",
              context, inFlight == null ? "none" : inFlight.text())
          .isBetween((long) stored.size(), (long) stored.size() + (inFlight == null ? 0 : 1));
      List<StoredState.Conf> conferences = StoredState.all(s);
      if (logged > stored.size()) {
        CrashScript.Op op = inFlight;
        if (op.kind().equals("CREATE")) {
          op = op.withConference(conferences.get(conferences.size() - 1).id());
        }
        stored.add(op);
        lastWhere = inFlightWhere;
        committedInFlight++;
      } else if (inFlight != null) {
        absentInFlight++;
      }
      inFlight = null;

      Map<String, String> expected = new TreeMap<>();
      stored.forEach(op -> CrashScript.apply(expected, op));
      Map<String, String> actual = StoredState.facts(conferences);
      Map<String, String> missing = new TreeMap<>(expected);
      missing.entrySet().removeAll(actual.entrySet());
      Map<String, String> unexpected = new TreeMap<>(actual);
      unexpected.entrySet().removeAll(expected.entrySet());
      assertThat(missing).as("%s: acknowledged but not stored as acknowledged", context).isEmpty();
      assertThat(unexpected).as("%s: stored but never acknowledged", context).isEmpty();
      assertThat(StoredState.latest(s).where())
          .as("%s: where the conference reopens", context)
          .isEqualTo(lastWhere);
    }
  }

  /** However the kills fell, every closed conference decided what the demo decides. */
  private static void outcomesAreTheDemos(Services s) {
    int closed = 0;
    for (StoredState.Conf c : StoredState.all(s)) {
      if (c.status() != ConferenceStatus.CLOSED) {
        continue;
      }
      closed++;
      for (int rank = 1; rank <= DemoConference.NOMINEES.size(); rank++) {
        assertThat(c.outcome(2 + rank).chosen())
            .as("conference %d, award %d", c.id(), rank)
            .containsExactlyInAnyOrderElementsOf(DemoConference.NOMINEES.get(rank - 1));
      }
      assertThat(c.outcome(6).chosen()).containsExactly(DemoConference.NEXT_HEAD);
    }
    assertThat(closed).as("conferences run to their end").isPositive();
  }

  private void take(String line) {
    if (line.startsWith("DO ")) {
      String[] parts = line.substring(3).split(" \\| ");
      inFlight = CrashScript.Op.parse(parts[0]);
      inFlightWhere = parts[1];
    } else if (line.startsWith("ACK ")) {
      String[] parts = line.substring(4).split(" \\| ");
      CrashScript.Op op = CrashScript.Op.parse(parts[0]);
      assertThat(inFlight).as("seed %d: acknowledged what it began: %s", seed, line).isNotNull();
      assertThat(op.withConference(0).text())
          .as("seed %d: acknowledged what it began", seed)
          .isEqualTo(inFlight.withConference(0).text());
      stored.add(op);
      lastWhere = parts[1];
      inFlight = null;
    } else if (line.startsWith("FAIL")) {
      fail("seed %d: the driver failed: %s%nstderr: %s", seed, line, stderrText());
    }
  }

  private Process start(Path data, String limit, Path stdout) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The child only starts and writes: the quick compiler and a small heap start it sooner.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m"));
    command.addAll(List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(CrashDriver.class.getName());
    command.add(data.toString());
    if (limit != null) {
      command.add(limit);
    }
    return new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
        .start();
  }

  /**
   * The child's output, read from the file it writes to: a file keeps every byte written before a
   * kill, where a pipe read by the JDK's process streams may throw once the child has died.
   */
  private final class Output {
    private final Process child;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192);
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ArrayDeque<String> ready = new ArrayDeque<>();

    Output(Process child, Path file) throws IOException {
      this.child = child;
      this.channel = FileChannel.open(file);
    }

    /** The next complete line, or null once the child has died and every line is read. */
    String next(String where) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LINE_TIMEOUT_SECONDS);
      while (ready.isEmpty()) {
        boolean alive = child.isAlive();
        if (!readMore() && !alive) {
          // A line cut by the kill was never an acknowledgement.
          channel.close();
          return null;
        }
        if (System.nanoTime() > deadline) {
          child.destroyForcibly();
          fail("seed %d, %s: no line from the child; stderr: %s", seed, where, stderrText());
        }
        if (ready.isEmpty()) {
          TimeUnit.MILLISECONDS.sleep(1);
        }
      }
      return ready.poll();
    }

    private boolean readMore() throws IOException {
      buffer.clear();
      int n = channel.read(buffer);
      for (int i = 0; i < n; i++) {
        byte b = buffer.get(i);
        if (b == '\n') {
          ready.add(line.toString(StandardCharsets.UTF_8));
          line.reset();
        } else {
          line.write(b);
        }
      }
      return n > 0;
    }
  }

  private String next(Output out, String where) throws IOException, InterruptedException {
    String line = out.next(where);
    if (line == null) {
      fail("seed %d, %s: the child ended before its kill; stderr: %s", seed, where, stderrText());
    }
    return line;
  }

  /** The lines the child wrote before it died are acknowledgements too. */
  private void drain(Output out, Process child, String where)
      throws IOException, InterruptedException {
    assertThat(child.waitFor(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
        .as("seed %d, %s: the child ends", seed, where)
        .isTrue();
    for (String line; (line = out.next(where)) != null; ) {
      take(line);
    }
  }

  private String stderrText() {
    try {
      String text = Files.exists(stderr) ? Files.readString(stderr) : "";
      return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
