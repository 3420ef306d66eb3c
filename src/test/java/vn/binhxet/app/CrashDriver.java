package vn.binhxet.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child JVM of {@link CrashSafetyTest}: opens the app's services on a data folder and writes,
 * one entry at a time, what {@link CrashScript} decides from the stored state. Before each write it
 * prints {@code DO <write> | <where after>}, and once the service call has returned (committed and
 * synced) {@code ACK <write> | <where after>}, each line flushed at once, until it has made {@code
 * limit} writes or is killed.
 *
 * <p>Arguments: the data folder, then the number of writes (none: until killed) or {@code
 * until-closed}: until it has closed a conference.
 */
public final class CrashDriver {
  private CrashDriver() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    boolean untilClosed = args.length > 1 && args[1].equals("until-closed");
    long limit = args.length > 1 && !untilClosed ? Long.parseLong(args[1]) : Long.MAX_VALUE;
    PrintStream out = System.out;
    try (Services s = Services.open(dir, Clock.systemUTC())) {
      out.print("READY\n");
      out.flush();
      for (long i = 0; i < limit; i++) {
        CrashScript.Planned next = CrashScript.next(StoredState.latest(s));
        out.print("DO " + next.op().text() + " | " + next.whereAfter() + "\n");
        out.flush();
        long conference = next.write().applyAsLong(s);
        // The conference a new one got is known only now; every other write names it already.
        out.print(
            "ACK "
                + next.op().withConference(conference).text()
                + " | "
                + next.whereAfter()
                + "\n");
        out.flush();
        if (untilClosed && next.op().kind().equals("FINISH")) {
          break;
        }
      }
    } catch (RuntimeException e) {
      out.print("FAIL " + e + "\n");
      out.flush();
      e.printStackTrace();
      System.exit(1);
    }
  }
}
