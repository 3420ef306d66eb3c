package vn.binhxet.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.DemoVotes;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.RoundRef;

/**
 * The child JVM of {@link NoNetworkTest}: installs the {@link NetworkRecorder} before anything else
 * runs, then either plays the whole headless flow ({@code flow DIR}) or opens sockets on purpose
 * ({@code sanity DIR}), and prints what was recorded. Exit 0: no socket; 2: sockets; 1: the flow
 * itself failed.
 */
public final class NoNetworkProbe {
  private NoNetworkProbe() {}

  public static void main(String[] args) throws Exception {
    List<String> missing = NetworkRecorder.installFactories();
    missing.forEach(m -> System.out.println("probe-missing " + m));
    Path dir = Path.of(args[1]);
    List<String> failures = new ArrayList<>();
    ServerSocketChannel kept = null;
    if (args[0].equals("flow")) {
      flow(dir, failures);
    } else {
      kept = sanity();
    }
    List<String> listening = NetworkRecorder.listeningInProc();
    List<String> events = NetworkRecorder.events();
    for (String e : events) {
      System.out.println("probe-event " + e);
    }
    for (String l : listening) {
      System.out.println("probe-proc " + l);
    }
    for (String f : failures) {
      System.out.println("probe-failed " + f);
    }
    System.out.println("probe-sockets " + events.size() + " probe-listening " + listening.size());
    System.out.flush();
    if (kept != null) {
      kept.close();
    }
    System.exit(!failures.isEmpty() ? 1 : events.isEmpty() && listening.isEmpty() ? 0 : 2);
  }

  /** Every headless command, in the order a secretary's day would use them, then a rehearsal. */
  private static void flow(Path dir, List<String> failures) {
    String data = dir.resolve("data").toString();
    String demo = run(failures, "demo", "--data-dir", data).strip();
    String file = dir.resolve("hội nghị.json").toString();
    run(failures, "results", "--data-dir", data, "--conference", demo);
    run(failures, "results", "--data-dir", data, "--conference", demo, "--json");
    run(failures, "verify", "--data-dir", data);
    run(failures, "export", "--data-dir", data, "--conference", demo, "--out", file);
    run(failures, "import", file, "--data-dir", dir.resolve("other").toString());
    for (String document : List.of("minutes", "counting-record", "ballots", "attendance-sheet")) {
      run(
          failures,
          document,
          "--data-dir",
          data,
          "--conference",
          demo,
          "--out",
          dir.resolve(document + ".pdf").toString());
    }
    String rehearse = run(failures, "demo", "--rehearse", "--data-dir", data).strip();
    try (Services s = Services.open(Path.of(data), Clock.systemDefaultZone())) {
      long id = Long.parseLong(rehearse);
      DemoConference.UNITS.forEach(u -> s.votes().checkIn(id, u, true));
      for (DemoVotes.Play play : DemoVotes.plays()) {
        RoundRef ref = s.votes().openRound(id, play.vote(), play.mode(), play.options());
        if (play.mode() == EntryMode.BALLOT_TOTALS) {
          s.entries().recordAccounting(ref, play.issued(), play.issued(), play.invalid());
          play.ballots().forEach((unit, n) -> s.entries().recordBallotTotal(ref, unit, n, null));
        } else {
          play.hands().forEach((option, count) -> s.entries().recordHands(ref, option, count));
        }
        s.votes().closeRound(ref, false);
      }
      s.documents().minutes(id, null);
      if (!s.audit().verify().intact()) {
        failures.add("the rehearsal's log does not verify");
      }
    } catch (RuntimeException e) {
      failures.add("rehearsal: " + e);
    }
    run(failures, "verify", "--data-dir", data);
  }

  private static String run(List<String> failures, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    if (code != 0) {
      failures.add(String.join(" ", args) + " exited " + code + ": " + err);
    }
    return out.toString();
  }

  /** Opens, on purpose, what the flow must never open: each must show in the report. */
  private static ServerSocketChannel sanity() throws Exception {
    try (ServerSocket server = new ServerSocket(0)) {
      System.out.println(
          "probe-sanity a ServerSocket was allowed on port " + server.getLocalPort());
    } catch (java.io.IOException refused) {
      // Refused by the recording factory, as it should be.
    }
    try (DatagramSocket udp = new DatagramSocket()) {
      udp.send(new DatagramPacket(new byte[1], 1, InetAddress.getLoopbackAddress(), 9));
    } catch (java.io.IOException refused) {
      // Refused as well.
    }
    // Delegated to the JDK, so it really listens: /proc must see it too.
    ServerSocketChannel channel = ServerSocketChannel.open();
    channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    return channel;
  }
}
