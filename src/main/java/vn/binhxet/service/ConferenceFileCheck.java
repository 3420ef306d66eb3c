package vn.binhxet.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.vote.CheckIn;

/**
 * Everything in a file that passed the schema, checked before anything is stored: the conference,
 * the attendance, every round and the audit entries. All problems are collected, so that one import
 * attempt shows every fault of the file.
 */
final class ConferenceFileCheck {
  private static final Pattern STATE = Pattern.compile("state=([0-9a-f]{64})");

  private ConferenceFileCheck() {}

  /** What an import stores, once the file has passed every check. */
  record Plan(
      Conference conference,
      Instant createdAt,
      long sourceId,
      List<CheckIn> attendance,
      java.util.Map<Integer, Instant> delegates,
      java.util.Map<Integer, vn.binhxet.domain.vote.HeadDecision> decisions,
      List<ConferenceFileRounds.RoundPlan> rounds,
      List<AuditEntry> audit) {}

  /**
   * @throws InvalidInputException naming every problem, each with its JSON path
   */
  static Plan plan(ConferenceFile file) {
    List<Problem> problems = new ArrayList<>();
    ConferenceFile.Setup setup = file.conference();
    ConferenceFileRounds.instant(file.exportedAt(), "$.exportedAt", problems);
    Instant createdAt =
        ConferenceFileRounds.instant(setup.createdAt(), "$.conference.createdAt", problems);
    Conference conference = new ConferenceFileSetup(problems).conference(setup);
    if (conference == null) {
      // Attendance and rounds name units, awards and votes: without the conference they cannot
      // be judged, and the audit entries are judged against the rounds.
      throw new InvalidInputException(problems);
    }
    List<CheckIn> attendance = attendance(conference, file.attendance(), problems);
    java.util.Map<Integer, Instant> delegates = new java.util.TreeMap<>();
    for (int i = 0; i < setup.participants().size(); i++) {
      String when = setup.participants().get(i).checkedInAt();
      if (when != null) {
        Instant at =
            ConferenceFileRounds.instant(
                when, "$.conference.participants[" + i + "].checkedInAt", problems);
        if (at != null) {
          delegates.put(i + 1, at);
        }
      }
    }
    java.util.Map<Integer, vn.binhxet.domain.vote.HeadDecision> decisions =
        new java.util.TreeMap<>();
    Set<String> memberNames = new HashSet<>(conference.members().stream().map(Unit::name).toList());
    for (int i = 0; i < setup.votes().size(); i++) {
      ConferenceFile.Decision d = setup.votes().get(i).decision();
      if (d == null) {
        continue;
      }
      String at = "$.conference.votes[" + i + "].decision";
      var headChoice = conference.votes().get(i).headChoice();
      String unit = Text.optional(d.unit());
      if (headChoice == null || headChoice == vn.binhxet.domain.HeadChoice.ELECTION) {
        problems.add(Problem.of(at, "file.decision.notAppointed"));
      } else if (!memberNames.contains(unit)) {
        problems.add(Problem.of(at + ".unit", "file.unit.unknown", unit));
      } else {
        decisions.put(i + 1, new vn.binhxet.domain.vote.HeadDecision(unit, d.note()));
      }
    }
    List<ConferenceFileRounds.RoundPlan> rounds =
        new ConferenceFileRounds(conference, problems).rounds(file.rounds());
    List<AuditEntry> audit = audit(file, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Plan(
        conference, createdAt, setup.sourceId(), attendance, delegates, decisions, rounds, audit);
  }

  private static List<CheckIn> attendance(
      Conference c, List<ConferenceFile.Attendance> in, List<Problem> problems) {
    Set<String> members = new HashSet<>(c.members().stream().map(Unit::name).toList());
    Set<String> seen = new HashSet<>();
    List<CheckIn> out = new ArrayList<>();
    for (int i = 0; i < in.size(); i++) {
      ConferenceFile.Attendance a = in.get(i);
      String at = "$.attendance[" + i + "]";
      String unit = Text.optional(a.unit());
      if (!members.contains(unit)) {
        problems.add(Problem.of(at + ".unit", "file.unit.unknown", unit));
      } else if (!seen.add(unit)) {
        problems.add(Problem.of(at + ".unit", "file.entry.duplicate", unit));
      }
      Instant when = ConferenceFileRounds.instant(a.at(), at + ".at", problems);
      if (when != null && unit != null) {
        out.add(new CheckIn(unit, a.present(), when));
      }
    }
    return out;
  }

  /**
   * The audit entries are the record of how the conference came to be: each must still hash to
   * itself, belong to this conference, and the last fingerprint each names for a round must be the
   * round's in the file. The chain that links them is the exporting database's, and is not here.
   */
  private static List<AuditEntry> audit(ConferenceFile file, List<Problem> problems) {
    long source = file.conference().sourceId();
    List<AuditEntry> out = new ArrayList<>();
    Map<String, String> lastState = new HashMap<>();
    Map<String, Integer> lastIndex = new LinkedHashMap<>();
    boolean intact = true;
    for (int i = 0; i < file.audit().size(); i++) {
      ConferenceFile.Audit a = file.audit().get(i);
      String at = "$.audit[" + i + "]";
      Instant when = ConferenceFileRounds.instant(a.at(), at + ".at", problems);
      if (when == null) {
        intact = false;
        continue;
      }
      AuditEntry e =
          new AuditEntry(
              a.seq(),
              when,
              a.conference(),
              a.action(),
              a.subject(),
              a.details(),
              a.prevHash(),
              a.hash());
      if (!e.hashMatches()) {
        problems.add(Problem.of(at + ".hash", "file.audit.hash", a.seq()));
        intact = false;
      }
      if (!Objects.equals(a.conference(), source)) {
        problems.add(Problem.of(at + ".conference", "file.audit.otherConference", a.seq()));
        intact = false;
      }
      Matcher state = STATE.matcher(e.details());
      if (e.subject().startsWith("conference:" + source + "/") && state.find()) {
        lastState.put(e.subject(), state.group(1));
        lastIndex.put(e.subject(), i);
      }
      out.add(e);
    }
    if (!intact) {
      return out;
    }
    Set<String> inFile = new HashSet<>();
    for (int i = 0; i < file.rounds().size(); i++) {
      ConferenceFile.Round r = file.rounds().get(i);
      String subject = "conference:" + source + "/vote:" + r.vote() + "/round:" + r.round();
      inFile.add(subject);
      String logged = lastState.get(subject);
      if (logged != null && !logged.equals(r.digest())) {
        problems.add(
            Problem.of(
                "$.rounds[" + i + "].digest",
                "file.audit.roundDiffers",
                file.audit().get(lastIndex.get(subject)).seq()));
      }
    }
    lastIndex.forEach(
        (subject, i) -> {
          if (!inFile.contains(subject)) {
            problems.add(Problem.of("$.audit[" + i + "]", "file.audit.roundMissing", subject));
          }
        });
    return out;
  }
}
