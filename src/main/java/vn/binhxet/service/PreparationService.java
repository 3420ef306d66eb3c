package vn.binhxet.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.PreparationRepository;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * Preparing a conference, days before: its member units, its delegates and guests, its document
 * header. Each method is one transaction, appended to the audit log, and returns the conference as
 * stored afterwards. What may still change once recording has begun is decision 0011.
 */
public final class PreparationService {
  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final PreparationRepository changes;
  private final VoteRepository votes;
  private final AuditTrail audit;

  public PreparationService(
      TransactionRunner tx,
      ConferenceRepository conferences,
      PreparationRepository changes,
      VoteRepository votes,
      AuditTrail audit,
      Clock clock) {
    this.tx = tx;
    this.conferences = conferences;
    this.changes = changes;
    this.votes = votes;
    this.audit = audit;
    Objects.requireNonNull(clock, "clock");
  }

  /** The conference as stored now, with its votes. */
  public Prepared read(long conferenceId) {
    return tx.read(() -> after(conferenceId));
  }

  // --- units ---

  public Prepared addUnit(long conferenceId, String name, String shortName) {
    return change(
        conferenceId,
        r -> {
          Unit unit = unit(r.conference, null, name, shortName);
          changes.addMember(conferenceId, unit);
          log(conferenceId, "UNIT_ADDED", "unit", "name=" + unit.name());
        });
  }

  /**
   * Adds several units at once, all or none: the import's confirmed rows. A unit already a member
   * is refused like a unit typed twice.
   */
  public Prepared addUnits(long conferenceId, List<Unit> units) {
    return change(
        conferenceId,
        r -> {
          List<Unit> members = new ArrayList<>(r.conference.members());
          for (Unit u : units) {
            Unit checked = SetupDrafts.unit(members, null, u.name(), u.shortName());
            members.add(checked);
            changes.addMember(conferenceId, checked);
          }
          log(conferenceId, "UNITS_IMPORTED", "unit", "count=" + units.size());
        });
  }

  /** Renames a member unit or changes its short name; rounds that named it are re-fingerprinted. */
  public Prepared changeUnit(long conferenceId, String name, String newName, String newShortName) {
    return change(
        conferenceId,
        r -> {
          String old = member(r.conference, name).name();
          Unit unit = unit(r.conference, old, newName, newShortName);
          Map<String, String> before = digests(r.outcomes);
          changes.changeMember(conferenceId, old, unit);
          log(
              conferenceId,
              "UNIT_CHANGED",
              "unit",
              "name=" + old + "; new name=" + unit.name() + "; short=" + unit.shortName());
          if (!old.equals(unit.name())) {
            refingerprint(conferenceId, before, "unit renamed: " + old + " → " + unit.name());
          }
        });
  }

  /** Moves a member unit to {@code to} (from 1) in the list. */
  public Prepared moveUnit(long conferenceId, String name, int to) {
    return change(
        conferenceId,
        r -> {
          List<String> names =
              new ArrayList<>(r.conference.members().stream().map(Unit::name).toList());
          String moved = member(r.conference, name).name();
          if (to < 1 || to > names.size()) {
            throw Recorded.refused("position", "prep.position", to, names.size());
          }
          names.remove(moved);
          names.add(to - 1, moved);
          changes.orderMembers(conferenceId, names);
          log(conferenceId, "UNIT_MOVED", "unit", "name=" + moved + "; to=" + to);
        });
  }

  public Prepared removeUnit(long conferenceId, String name) {
    return change(
        conferenceId,
        r -> {
          String unit = member(r.conference, name).name();
          if (r.unitCheckedIn(unit)) {
            throw Recorded.refused("unit", "prep.unit.checkedIn", unit);
          }
          if (r.unitInRound(unit)) {
            throw Recorded.refused("unit", "prep.unit.inRound", unit);
          }
          if (unit.equals(r.conference.hostUnitName())) {
            throw Recorded.refused("unit", "prep.unit.host", unit);
          }
          long people =
              r.conference.participants().stream().filter(p -> unit.equals(p.unitName())).count();
          if (people > 0) {
            throw Recorded.refused("unit", "prep.unit.hasPeople", unit, people);
          }
          changes.removeMember(conferenceId, unit);
          log(conferenceId, "UNIT_REMOVED", "unit", "name=" + unit);
        });
  }

  /** What a carry-over brought: from which year, how many units and delegates. */
  public record CarriedOver(Prepared prepared, int fromYear, int units, int people) {}

  /**
   * Brings in the units and delegates of the cluster's latest conference of an earlier year: the
   * units not yet members, and the delegates of member units not yet listed, without their roles
   * (the chair and the secretary change with the cluster head each year).
   */
  public CarriedOver carryOver(long conferenceId) {
    int[] counts = new int[3];
    Prepared p =
        change(
            conferenceId,
            r -> {
              Conference c = r.conference;
              ConferenceSummary earlier =
                  conferences.list().stream()
                      .filter(s -> s.clusterName().equals(c.clusterName()))
                      .filter(s -> s.reviewYear() < c.reviewYear())
                      .max(
                          Comparator.comparingInt(ConferenceSummary::reviewYear)
                              .thenComparingLong(ConferenceSummary::id))
                      .orElseThrow(() -> Recorded.refused("conference", "prep.carry.none"));
              Conference before = conferences.find(earlier.id()).orElseThrow().conference();
              List<String> names = new ArrayList<>(c.members().stream().map(Unit::name).toList());
              for (Unit u : before.members()) {
                if (!names.contains(u.name())) {
                  changes.addMember(conferenceId, u);
                  names.add(u.name());
                  counts[1]++;
                }
              }
              for (Participant d : before.participants()) {
                if (d.kind() != ParticipantKind.DELEGATE
                    || d.unitName() == null
                    || !names.contains(d.unitName())) {
                  continue;
                }
                if (d.fullName() == null && d.title() == null) {
                  // Known only by a role of last year, which goes with last year's head unit.
                  continue;
                }
                Participant carried =
                    new Participant(
                        d.kind(),
                        d.fullName(),
                        d.title(),
                        d.unitName(),
                        null,
                        Role.NONE,
                        d.entitledToVote());
                boolean listed =
                    c.participants().stream()
                        .anyMatch(
                            q ->
                                Objects.equals(q.fullName(), carried.fullName())
                                    && Objects.equals(q.title(), carried.title())
                                    && Objects.equals(q.unitName(), carried.unitName()));
                if (!listed) {
                  changes.addParticipant(conferenceId, carried);
                  counts[2]++;
                }
              }
              counts[0] = earlier.reviewYear();
              log(
                  conferenceId,
                  "CARRIED_OVER",
                  "unit",
                  "from conference="
                      + earlier.id()
                      + "; units="
                      + counts[1]
                      + "; delegates="
                      + counts[2]);
            });
    return new CarriedOver(p, counts[0], counts[1], counts[2]);
  }

  // --- people ---

  public Prepared addPerson(long conferenceId, PersonDraft draft) {
    return change(
        conferenceId,
        r -> {
          Participant p = person(r.conference, 0, draft);
          changes.addParticipant(conferenceId, p);
          log(conferenceId, "PARTICIPANT_ADDED", "participant", describe(p));
        });
  }

  /**
   * Adds several delegates and guests at once, all or none: the import's confirmed rows. Each is
   * checked as if added one after the other, so two chairs in one list are refused.
   */
  public Prepared addPeople(long conferenceId, List<PersonDraft> drafts) {
    return change(
        conferenceId,
        r -> {
          List<Participant> people = new ArrayList<>(r.conference.participants());
          for (PersonDraft d : drafts) {
            Participant p = SetupDrafts.person(r.conference.members(), people, 0, d);
            people.add(p);
            changes.addParticipant(conferenceId, p);
          }
          log(conferenceId, "PARTICIPANTS_IMPORTED", "participant", "count=" + drafts.size());
        });
  }

  public Prepared changePerson(long conferenceId, int position, PersonDraft draft) {
    return change(
        conferenceId,
        r -> {
          person(r.conference, position);
          Participant p = person(r.conference, position, draft);
          changes.changeParticipant(conferenceId, position, p);
          log(conferenceId, "PARTICIPANT_CHANGED", "participant:" + position, describe(p));
        });
  }

  public Prepared movePerson(long conferenceId, int from, int to) {
    return change(
        conferenceId,
        r -> {
          Participant p = person(r.conference, from);
          if (to < 1 || to > r.conference.participants().size()) {
            throw Recorded.refused(
                "position", "prep.position", to, r.conference.participants().size());
          }
          changes.moveParticipant(conferenceId, from, to);
          log(
              conferenceId,
              "PARTICIPANT_MOVED",
              "participant:" + from,
              "to=" + to + "; " + describe(p));
        });
  }

  public Prepared removePerson(long conferenceId, int position) {
    return change(
        conferenceId,
        r -> {
          Participant p = person(r.conference, position);
          if (r.personCheckedIn(position)) {
            throw Recorded.refused("participant", "prep.person.checkedIn", SetupDrafts.who(p));
          }
          changes.removeParticipant(conferenceId, position);
          log(conferenceId, "PARTICIPANT_REMOVED", "participant:" + position, describe(p));
        });
  }

  // --- the document header ---

  /** The header may change at any time: it is printed, not counted. */
  public Prepared setHeader(
      long conferenceId,
      DocumentStyle style,
      String upper,
      String lower,
      String number,
      String placeName,
      String distribution) {
    List<Problem> problems = new ArrayList<>();
    if (style == null) {
      problems.add(Problem.of("style", "check.style.blank"));
    }
    SetupDrafts.tooLong(problems, "upper", upper, 500);
    SetupDrafts.tooLong(problems, "lower", lower, 500);
    SetupDrafts.tooLong(problems, "number", number, 100);
    SetupDrafts.tooLong(problems, "placeName", placeName, 200);
    SetupDrafts.tooLong(problems, "distribution", distribution, 4000);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    DocumentHeader header = new DocumentHeader(style, upper, lower, number, placeName);
    String list = Text.optional(distribution);
    return change(
        conferenceId,
        r -> {
          changes.setHeader(conferenceId, header, list);
          log(
              conferenceId,
              "HEADER_CHANGED",
              "header",
              "style="
                  + header.style()
                  + "; upper="
                  + header.issuingBodyUpper()
                  + "; lower="
                  + header.issuingBodyLower()
                  + "; number="
                  + header.documentNumber()
                  + "; place="
                  + header.datePlaceName()
                  + "; distribution="
                  + list);
        });
  }

  // --- shared ---

  private Prepared change(long conferenceId, Consumer<Recorded> work) {
    return tx.inTransaction(
        () -> {
          Recorded r = Recorded.read(conferenceId, conferences, votes);
          r.refuseIfClosed();
          work.accept(r);
          // Reading back builds the domain conference, whose constructor checks every reference.
          return after(conferenceId);
        });
  }

  private Prepared after(long conferenceId) {
    SavedConference saved =
        conferences
            .find(conferenceId)
            .orElseThrow(() -> new vn.binhxet.domain.NotFoundException(conferenceId));
    return new Prepared(
        saved, new Rounds(conferences, votes).outcomes(conferenceId, saved.conference()));
  }

  private void log(long conferenceId, String action, String what, String details) {
    audit.record(conferenceId, action, "conference:" + conferenceId + "/" + what, details);
  }

  static Map<String, String> digests(List<VoteOutcome> outcomes) {
    Map<String, String> out = new HashMap<>();
    for (VoteOutcome o : outcomes) {
      for (RoundRecord r : o.rounds()) {
        out.put(r.ref().toString(), RoundDigest.of(r));
      }
    }
    return out;
  }

  /**
   * A rename changes what a round's options are called, so its fingerprint: each such round gets an
   * entry with its new state, as every change of a round does (decision 0008).
   */
  private void refingerprint(long conferenceId, Map<String, String> before, String why) {
    SavedConference saved = conferences.find(conferenceId).orElseThrow();
    for (VoteOutcome o :
        new Rounds(conferences, votes).outcomes(conferenceId, saved.conference())) {
      for (RoundRecord r : o.rounds()) {
        String now = RoundDigest.of(r);
        if (!now.equals(before.get(r.ref().toString()))) {
          audit.record(
              conferenceId,
              "ROUND_RENAMED",
              r.ref().toString(),
              why + "; " + RoundDigest.logged(r));
        }
      }
    }
  }

  private static Unit member(Conference c, String name) {
    String n = Text.optional(name);
    return c.members().stream()
        .filter(u -> u.name().equals(n))
        .findFirst()
        .orElseThrow(() -> Recorded.refused("unit", "prep.unit.missing", String.valueOf(n)));
  }

  private static Unit unit(Conference c, String old, String name, String shortName) {
    return SetupDrafts.unit(c.members(), old, name, shortName);
  }

  private static Participant person(Conference c, int position) {
    if (position < 1 || position > c.participants().size()) {
      throw Recorded.refused("participant", "prep.person.missing", position);
    }
    return c.participants().get(position - 1);
  }

  /** A person as typed, checked; {@code self} is the position being edited (0 for a new one). */
  private static Participant person(Conference c, int self, PersonDraft d) {
    return SetupDrafts.person(c.members(), c.participants(), self, d);
  }

  private static String describe(Participant p) {
    return "kind="
        + p.kind()
        + "; name="
        + p.fullName()
        + "; title="
        + p.title()
        + "; unit="
        + (p.unitName() != null ? p.unitName() : p.organisation())
        + "; role="
        + p.role()
        + "; votes="
        + p.entitledToVote();
  }
}
