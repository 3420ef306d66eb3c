package vn.binhxet.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * What the crash test's conferences hold, read back through the services: the driver decides its
 * next write from it, and the test compares it, as facts, with what was acknowledged.
 */
record StoredState(int conferences, Conf latest) {
  /** One conference as stored, everything the driver writes into it. */
  record Conf(
      long id,
      ConferenceStatus status,
      Conference conference,
      AgendaProgress progress,
      Map<String, Boolean> attendance,
      Set<Integer> delegates,
      List<VoteOutcome> outcomes) {

    /** The open round as {@code vote/round}, or null. */
    String openRound() {
      for (VoteOutcome o : outcomes) {
        if (o.hasOpenRound()) {
          return o.position() + "/" + o.rounds().get(o.rounds().size() - 1).ref().round();
        }
      }
      return null;
    }

    VoteOutcome outcome(int vote) {
      return outcomes.stream().filter(o -> o.position() == vote).findFirst().orElseThrow();
    }
  }

  /** The number of conferences and the newest one, which the driver works on. */
  static StoredState latest(Services s) {
    List<ConferenceSummary> all = summaries(s);
    return new StoredState(
        all.size(), all.isEmpty() ? null : read(s, all.get(all.size() - 1).id()));
  }

  static List<Conf> all(Services s) {
    List<Conf> out = new ArrayList<>();
    for (ConferenceSummary c : summaries(s)) {
      out.add(read(s, c.id()));
    }
    return out;
  }

  private static List<ConferenceSummary> summaries(Services s) {
    List<ConferenceSummary> all = new ArrayList<>(s.conferences().list());
    all.sort(Comparator.comparingLong(ConferenceSummary::id));
    return all;
  }

  private static Conf read(Services s, long id) {
    var saved = s.conferences().open(id);
    return new Conf(
        id,
        saved.status(),
        saved.conference(),
        s.agenda().progress(id),
        s.votes().attendance(id),
        s.votes().delegatesPresent(id).keySet(),
        s.votes().outcomes(id));
  }

  /** Where the newest conference stands: what the secretary sees on reopening. */
  String where() {
    return latest == null
        ? where(conferences, null, null, null)
        : where(conferences, latest.status(), latest.progress().current(), latest.openRound());
  }

  static String where(int conferences, ConferenceStatus status, Integer step, String round) {
    return "conferences="
        + conferences
        + " status="
        + (status == null ? "-" : status)
        + " step="
        + (step == null ? "-" : step)
        + " round="
        + (round == null ? "-" : round);
  }

  /**
   * Every stored conference as facts, keyed by what they are about, in the same words {@link
   * CrashScript#apply} derives from the acknowledged writes.
   */
  static Map<String, String> facts(List<Conf> conferences) {
    Map<String, String> facts = new TreeMap<>();
    for (Conf c : conferences) {
      long id = c.id();
      facts.put("conference " + id, c.status().name());
      if (c.progress().current() != null) {
        facts.put("current " + id, c.progress().current().toString());
      }
      c.progress().started().keySet().forEach(s -> facts.put("started " + id + " " + s, ""));
      c.attendance()
          .forEach(
              (unit, present) -> {
                if (present) {
                  facts.put("present " + id + " " + DemoConference.UNITS.indexOf(unit), "");
                }
              });
      c.delegates().forEach(p -> facts.put("delegate " + id + " " + p, ""));
      List<AgendaStep> agenda = c.conference().agenda();
      for (int i = 0; i < agenda.size(); i++) {
        if (agenda.get(i).notes() != null) {
          facts.put("notes " + id + " " + (i + 1), agenda.get(i).notes());
        }
      }
      for (VoteOutcome o : c.outcomes()) {
        for (RoundRecord r : o.rounds()) {
          roundFacts(facts, r);
        }
      }
    }
    return facts;
  }

  private static void roundFacts(Map<String, String> facts, RoundRecord r) {
    String at = r.ref().conferenceId() + " " + r.ref().vote() + " " + r.ref().round();
    List<String> options = r.setup().options();
    facts.put("round " + at, r.mode() + " " + (r.status() == RoundStatus.OPEN ? "OPEN" : "CLOSED"));
    if (r.mode().method() == VotingMethod.SECRET_BALLOT
        && (r.accounting().issued() > 0 || r.accounting().collected() > 0)) {
      facts.put("accounting " + at, r.accounting().issued() + "/" + r.accounting().collected());
    }
    r.hands()
        .counts()
        .forEach((option, n) -> facts.put("hands " + at + " " + options.indexOf(option), hands(n)));
    r.first().forEach(b -> facts.put("ballot " + at + " 1 " + b.seq(), ballot(options, b)));
    r.second().forEach(b -> facts.put("ballot " + at + " 2 " + b.seq(), ballot(options, b)));
  }

  static String hands(HandsCount n) {
    return n.votesFor() + "/" + n.against() + "/" + n.abstain();
  }

  /** A ballot's marks by option position, so that a line never carries a unit's name. */
  static String ballot(List<String> options, Ballot b) {
    if (!b.isValid()) {
      return "invalid:" + b.invalid();
    }
    Map<Integer, String> marks = new TreeMap<>();
    b.marks().forEach((option, mark) -> marks.put(options.indexOf(option), mark.name()));
    List<String> parts = new ArrayList<>();
    marks.forEach((i, m) -> parts.add(i + ":" + m));
    return String.join("+", parts);
  }
}
