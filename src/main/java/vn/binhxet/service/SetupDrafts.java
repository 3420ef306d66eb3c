package vn.binhxet.service;

import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.Unit;

/**
 * A unit or a person as the secretary typed them, turned into records or refused field by field.
 */
final class SetupDrafts {
  static final int MAX_UNIT_NAME = 500;
  static final int MAX_SHORT_NAME = 100;
  static final int MAX_PERSON_NAME = 300;
  static final int MAX_LONG_TEXT = 1000;

  private SetupDrafts() {}

  /** A unit as typed, checked against the members (leaving out {@code old}, being renamed). */
  static Unit unit(List<Unit> members, String old, String name, String shortName) {
    String n = Text.optional(name);
    String s = Text.optional(shortName);
    List<Problem> problems = new ArrayList<>();
    if (n == null) {
      problems.add(Problem.of("name", "prep.unit.blank"));
    } else if (n.length() > MAX_UNIT_NAME) {
      problems.add(Problem.of("name", "prep.tooLong", n.length(), MAX_UNIT_NAME));
    } else if (members.stream()
        .anyMatch(u -> !u.name().equals(old) && u.name().equalsIgnoreCase(n))) {
      problems.add(Problem.of("name", "prep.unit.duplicate", n));
    }
    if (s != null && s.length() > MAX_SHORT_NAME) {
      problems.add(Problem.of("shortName", "prep.tooLong", s.length(), MAX_SHORT_NAME));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Unit(n, s);
  }

  static Participant person(
      List<Unit> members, List<Participant> participants, int self, PersonDraft d) {
    List<Problem> problems = new ArrayList<>();
    if (d.kind() == null) {
      problems.add(Problem.of("kind", "prep.person.kind"));
    }
    Role role = d.role() == null ? Role.NONE : d.role();
    if (d.fullName() == null && d.title() == null && role == Role.NONE) {
      problems.add(Problem.of("fullName", "prep.person.who"));
    }
    tooLong(problems, "fullName", d.fullName(), MAX_PERSON_NAME);
    tooLong(problems, "title", d.title(), MAX_LONG_TEXT);
    tooLong(problems, "organisation", d.organisation(), MAX_LONG_TEXT);
    boolean guest = d.kind() == ParticipantKind.GUEST;
    String unit = guest ? null : d.unitName();
    // A delegate may have no unit: a counting committee member elected at the conference.
    if (unit != null && members.stream().noneMatch(u -> u.name().equals(unit))) {
      problems.add(Problem.of("unit", "prep.unit.missing", unit));
    }
    if (guest && d.entitledToVote()) {
      problems.add(Problem.of("entitled", "prep.person.guestVotes"));
    }
    if (role == Role.CHAIR || role == Role.SECRETARY || role == Role.COUNTING_HEAD) {
      for (int i = 0; i < participants.size(); i++) {
        Participant other = participants.get(i);
        if (i + 1 != self && other.role() == role) {
          problems.add(Problem.of("role", "prep.person.roleTaken", who(other)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Participant(
        d.kind(),
        d.fullName(),
        d.title(),
        unit,
        guest ? d.organisation() : null,
        role,
        !guest && d.entitledToVote());
  }

  static String who(Participant p) {
    if (p.fullName() != null) {
      return p.fullName();
    }
    return p.title() != null ? p.title() : p.role().name();
  }

  static void tooLong(List<Problem> problems, String field, String text, int max) {
    String t = Text.optional(text);
    if (t != null && t.length() > max) {
      problems.add(Problem.of(field, "prep.tooLong", t.length(), max));
    }
  }
}
