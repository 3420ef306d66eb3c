package vn.binhxet.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.DemoVotes;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * The crash driver's conference, one write at a time: the demo conference run from check-in to
 * closing, its two secret ballots entered ballot by ballot (the second twice, blind), then the next
 * demo conference. The next write is decided only from what is stored, so a restarted driver
 * carries on where the last durable write left the data.
 */
final class CrashScript {
  static final int BALLOTS = 11;
  static final int NOTE_LINES = 2;
  private static final int SINGLE_BALLOTS_VOTE = 3;
  private static final int TWICE_BALLOTS_VOTE = 4;

  private CrashScript() {}

  /** One write as its DO and ACK lines tell it: kind, conference, then arguments in order. */
  record Op(String kind, long conference, Map<String, String> args) {
    Op {
      args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    String text() {
      StringBuilder b = new StringBuilder(kind).append(" c=").append(conference);
      args.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
      return b.toString();
    }

    static Op parse(String text) {
      String[] parts = text.trim().split(" ");
      long conference = Long.parseLong(parts[1].substring(2));
      Map<String, String> args = new LinkedHashMap<>();
      for (int i = 2; i < parts.length; i++) {
        int eq = parts[i].indexOf('=');
        args.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
      }
      return new Op(parts[0], conference, args);
    }

    String arg(String key) {
      String v = args.get(key);
      if (v == null) {
        throw new IllegalArgumentException(key + " missing in " + text());
      }
      return v;
    }

    int num(String key) {
      return Integer.parseInt(arg(key));
    }

    Op withConference(long id) {
      return new Op(kind, id, args);
    }

    /** The round a round's write is about, as the facts name it. */
    String round() {
      return conference + " " + arg("v") + " " + arg("r");
    }
  }

  /**
   * The next write, where it leaves the newest conference, and the write itself (returning the
   * conference it wrote to).
   */
  record Planned(Op op, String whereAfter, ToLongFunction<Services> write) {}

  static Planned next(StoredState stored) {
    StoredState.Conf c = stored.latest();
    int n = stored.conferences();
    if (c == null || c.status() == ConferenceStatus.CLOSED) {
      return new Planned(
          op("CREATE", 0),
          StoredState.where(n + 1, ConferenceStatus.PREPARING, null, null),
          s -> s.conferences().createDemo());
    }
    long id = c.id();
    String round = c.openRound();
    Integer current = c.progress().current();
    if (current == null) {
      return step(n, id, 1, round);
    }
    int step = current;
    String here = StoredState.where(n, c.status(), step, round);
    if (step == 1) {
      for (int u = 0; u < DemoConference.UNITS.size(); u++) {
        String unit = DemoConference.UNITS.get(u);
        if (!c.attendance().getOrDefault(unit, false)) {
          return new Planned(
              op("UNIT", id, "u", u),
              here,
              s -> write(id, () -> s.votes().checkIn(id, unit, true)));
        }
      }
      for (int p = 1; p <= c.conference().participants().size(); p++) {
        if (!c.delegates().contains(p)) {
          int position = p;
          return new Planned(
              op("DELEGATE", id, "p", p),
              here,
              s -> write(id, () -> s.votes().checkInDelegate(id, position, true)));
        }
      }
    }
    AgendaStep agendaStep = c.conference().agenda().get(step - 1);
    if (agendaStep.votePosition() != null) {
      VoteOutcome o = c.outcome(agendaStep.votePosition());
      if (o.rounds().isEmpty()) {
        return open(n, c, step, o.position());
      }
      if (o.hasOpenRound()) {
        return entry(n, c, step, o.rounds().get(o.rounds().size() - 1));
      }
      if (!o.decided()) {
        throw new IllegalStateException("the script plans no tie: vote " + o.position());
      }
    }
    int lines = lineCount(agendaStep.notes());
    if (lines < NOTE_LINES) {
      String text = notes(step, lines + 1);
      return new Planned(
          op("NOTES", id, "s", step, "lines", lines + 1),
          here,
          s -> write(id, () -> s.agenda().saveNotes(id, step, text)));
    }
    if (step < c.conference().agenda().size()) {
      return step(n, id, step + 1, round);
    }
    return new Planned(
        op("FINISH", id),
        StoredState.where(n, ConferenceStatus.CLOSED, step, round),
        s -> write(id, () -> s.agenda().finish(id)));
  }

  private static Planned step(int n, long id, int step, String round) {
    return new Planned(
        op("STEP", id, "s", step),
        StoredState.where(n, ConferenceStatus.RUNNING, step, round),
        s -> write(id, () -> s.agenda().goToStep(id, step)));
  }

  private static Planned open(int n, StoredState.Conf c, int step, int vote) {
    EntryMode mode =
        switch (vote) {
          case SINGLE_BALLOTS_VOTE -> EntryMode.BALLOTS;
          case TWICE_BALLOTS_VOTE -> EntryMode.BALLOTS_TWICE;
          default -> EntryMode.HANDS;
        };
    List<String> options = play(vote).options();
    long id = c.id();
    return new Planned(
        op("OPEN", id, "v", vote, "r", 1, "mode", mode),
        StoredState.where(n, ConferenceStatus.RUNNING, step, vote + "/1"),
        s -> write(id, () -> s.votes().openRound(id, vote, mode, options)));
  }

  private static Planned entry(int n, StoredState.Conf c, int step, RoundRecord r) {
    RoundRef ref = r.ref();
    long id = c.id();
    String here = StoredState.where(n, c.status(), step, ref.vote() + "/" + ref.round());
    List<String> options = r.setup().options();
    if (r.mode() == EntryMode.HANDS) {
      Map<String, HandsCount> counts = play(ref.vote()).hands();
      for (int i = 0; i < options.size(); i++) {
        String option = options.get(i);
        if (!r.hands().counts().containsKey(option)) {
          HandsCount count = counts.get(option);
          return new Planned(
              roundOp("HANDS", ref, "o", i, "n", StoredState.hands(count)),
              here,
              s -> write(id, () -> s.entries().recordHands(ref, option, count)));
        }
      }
    } else {
      if (r.accounting().issued() == 0) {
        return new Planned(
            roundOp("ACCOUNTING", ref, "n", BALLOTS + "/" + BALLOTS),
            here,
            s -> write(id, () -> s.entries().recordAccounting(ref, BALLOTS, BALLOTS, Map.of())));
      }
      boolean twice = r.mode() == EntryMode.BALLOTS_TWICE;
      int pass = r.first().size() < BALLOTS ? 1 : twice && r.second().size() < BALLOTS ? 2 : 0;
      if (pass > 0) {
        int seq = (pass == 1 ? r.first() : r.second()).size() + 1;
        Ballot ballot = ballot(ref.vote(), seq);
        return new Planned(
            roundOp(
                "BALLOT", ref, "pass", pass, "seq", seq, "b", StoredState.ballot(options, ballot)),
            here,
            s -> write(id, () -> s.entries().recordBallot(ref, pass, ballot)));
      }
    }
    return new Planned(
        roundOp("CLOSE", ref),
        StoredState.where(n, c.status(), step, null),
        s -> write(id, () -> s.votes().closeRound(ref, true)));
  }

  /**
   * The ballots of the demo's two secret votes, giving its outcome: the host 10 of 11; then Ban
   * Tuyên giáo 9 and Ban Dân vận 8 of 10 valid, one ballot spoilt by too many marks.
   */
  static Ballot ballot(int vote, int seq) {
    String host = DemoConference.HOST;
    String tg = "Ban Tuyên giáo Tỉnh uỷ";
    String dv = "Ban Dân vận Tỉnh uỷ";
    String kt = "Uỷ ban Kiểm tra Tỉnh uỷ";
    String cq = "Đảng uỷ Khối các cơ quan tỉnh";
    if (vote == SINGLE_BALLOTS_VOTE) {
      return Ballot.valid(seq, Map.of(seq == 7 ? tg : host, Mark.FOR));
    }
    return switch (seq) {
      case 5 -> Ballot.invalid(seq, InvalidReason.TOO_MANY);
      case 9 -> Ballot.valid(seq, Map.of(tg, Mark.FOR, kt, Mark.FOR));
      case 10 -> Ballot.valid(seq, Map.of(kt, Mark.FOR, cq, Mark.FOR));
      default -> Ballot.valid(seq, Map.of(tg, Mark.FOR, dv, Mark.FOR));
    };
  }

  static String notes(int step, int lines) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= lines; i++) {
      out.add("Bước " + step + ": ý kiến thứ " + i + " của đại biểu được ghi nhận.");
    }
    return String.join("\n", out);
  }

  private static int lineCount(String notes) {
    return notes == null ? 0 : (int) notes.lines().count();
  }

  private static DemoVotes.Play play(int vote) {
    return DemoVotes.plays().stream().filter(p -> p.vote() == vote).findFirst().orElseThrow();
  }

  private static long write(long id, Runnable write) {
    write.run();
    return id;
  }

  private static Op op(String kind, long conference, Object... args) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      map.put((String) args[i], String.valueOf(args[i + 1]));
    }
    return new Op(kind, conference, map);
  }

  private static Op roundOp(String kind, RoundRef ref, Object... args) {
    Object[] all = new Object[args.length + 4];
    all[0] = "v";
    all[1] = ref.vote();
    all[2] = "r";
    all[3] = ref.round();
    System.arraycopy(args, 0, all, 4, args.length);
    return op(kind, ref.conferenceId(), all);
  }

  /** What an acknowledged write leaves stored, in the words of {@link StoredState#facts}. */
  static void apply(Map<String, String> facts, Op op) {
    long c = op.conference();
    switch (op.kind()) {
      case "CREATE" -> facts.put("conference " + c, ConferenceStatus.PREPARING.name());
      case "STEP" -> {
        facts.put("conference " + c, ConferenceStatus.RUNNING.name());
        facts.put("current " + c, op.arg("s"));
        facts.put("started " + c + " " + op.arg("s"), "");
      }
      case "UNIT" -> facts.put("present " + c + " " + op.arg("u"), "");
      case "DELEGATE" -> facts.put("delegate " + c + " " + op.arg("p"), "");
      case "NOTES" ->
          facts.put("notes " + c + " " + op.arg("s"), notes(op.num("s"), op.num("lines")));
      case "OPEN" -> {
        facts.put("conference " + c, ConferenceStatus.RUNNING.name());
        facts.put("round " + op.round(), op.arg("mode") + " OPEN");
      }
      case "ACCOUNTING" -> facts.put("accounting " + op.round(), op.arg("n"));
      case "HANDS" -> facts.put("hands " + op.round() + " " + op.arg("o"), op.arg("n"));
      case "BALLOT" ->
          facts.put(
              "ballot " + op.round() + " " + op.arg("pass") + " " + op.arg("seq"), op.arg("b"));
      case "CLOSE" ->
          facts.computeIfPresent("round " + op.round(), (k, v) -> v.replace(" OPEN", " CLOSED"));
      case "FINISH" -> facts.put("conference " + c, ConferenceStatus.CLOSED.name());
      default -> throw new IllegalArgumentException("unknown write " + op.text());
    }
  }
}
