package vn.binhxet.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteRule;

/**
 * The conference part of a file, back into the domain. The domain's constructors stay the judges of
 * what a conference may be; this class only says where in the file each fault lies, and names the
 * common ones (a unit that is not a member, an award or a vote that does not exist) in words of its
 * own.
 */
final class ConferenceFileSetup {
  private static final String AT = "$.conference";

  private final List<Problem> problems;
  private final int start;

  ConferenceFileSetup(List<Problem> problems) {
    this.problems = problems;
    this.start = problems.size();
  }

  /** The conference, or null when a problem was found. */
  Conference conference(ConferenceFile.Setup s) {
    int before = problems.size();
    List<Unit> members = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < s.members().size(); i++) {
      ConferenceFile.Member m = s.members().get(i);
      String at = AT + ".members[" + i + "]";
      Unit u = build(at, () -> new Unit(m.name(), m.shortName()));
      if (u != null && !names.add(u.name())) {
        problems.add(Problem.of(at + ".name", "file.unit.duplicate", u.name()));
      }
      members.add(u);
    }
    unit(names, s.hostUnit(), AT + ".hostUnit");
    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < s.participants().size(); i++) {
      ConferenceFile.Person p = s.participants().get(i);
      String at = AT + ".participants[" + i + "]";
      unit(names, p.unit(), at + ".unit");
      people.add(
          build(
              at,
              () ->
                  new Participant(
                      p.kind(),
                      p.fullName(),
                      p.title(),
                      p.unit(),
                      p.organisation(),
                      p.role(),
                      p.entitledToVote())));
    }
    Set<Integer> ranks = new HashSet<>();
    s.awards().forEach(a -> ranks.add(a.rank()));
    List<AwardCategory> awards = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < s.awards().size(); i++) {
      ConferenceFile.Award a = s.awards().get(i);
      String at = AT + ".awards[" + i + "]";
      if (!seen.add(a.rank())) {
        problems.add(Problem.of(at + ".rank", "file.award.duplicate", a.rank()));
      }
      Integer source = a.pool().sourceRank();
      if (source != null && !ranks.contains(source)) {
        problems.add(Problem.of(at + ".pool.sourceRank", "file.award.unknown", source));
      }
      VoteRule rule = rule(a.rule(), at + ".rule");
      awards.add(
          build(
              at,
              () ->
                  new AwardCategory(
                      a.name(),
                      a.rank(),
                      a.quota(),
                      a.method(),
                      rule,
                      new CandidatePool(a.pool().kind(), source))));
    }
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < s.votes().size(); i++) {
      ConferenceFile.VoteSpec v = s.votes().get(i);
      String at = AT + ".votes[" + i + "]";
      if (v.award() != null && !ranks.contains(v.award())) {
        problems.add(Problem.of(at + ".award", "file.award.unknown", v.award()));
      }
      for (int j = 0; j < v.candidates().size(); j++) {
        unit(names, v.candidates().get(j), at + ".candidates[" + j + "]");
      }
      VoteRule rule = rule(v.rule(), at + ".rule");
      votes.add(
          build(
              at,
              () ->
                  new Vote(
                      v.kind(),
                      v.award(),
                      v.subject(),
                      v.method(),
                      v.seats(),
                      v.headChoice(),
                      rule,
                      v.visibility(),
                      v.candidates())));
    }
    List<AgendaStep> agenda = new ArrayList<>();
    for (int i = 0; i < s.agenda().size(); i++) {
      ConferenceFile.Step st = s.agenda().get(i);
      String at = AT + ".agenda[" + i + "]";
      if (st.vote() != null && st.vote() > s.votes().size()) {
        problems.add(Problem.of(at + ".vote", "file.vote.unknown", st.vote()));
      }
      agenda.add(build(at, () -> new AgendaStep(st.kind(), st.title(), st.vote(), st.notes())));
    }
    LocalDate heldOn = parse(AT + ".heldOn", () -> LocalDate.parse(s.heldOn()));
    LocalTime startsAt =
        s.startsAt() == null ? null : parse(AT + ".startsAt", () -> LocalTime.parse(s.startsAt()));
    DocumentHeader header =
        build(
            AT + ".header",
            () ->
                new DocumentHeader(
                    s.header().style(),
                    s.header().issuingBodyUpper(),
                    s.header().issuingBodyLower(),
                    s.header().documentNumber(),
                    s.header().datePlaceName()));
    if (problems.size() > before) {
      return null;
    }
    return build(
        AT,
        () ->
            new Conference(
                s.clusterName(),
                s.reviewYear(),
                s.title(),
                heldOn,
                startsAt,
                s.place(),
                s.hostUnit(),
                header,
                s.distribution(),
                s.illustrative(),
                members,
                people,
                awards,
                votes,
                agenda));
  }

  private void unit(Set<String> members, String name, String at) {
    String n = Text.optional(name);
    if (n != null && !members.contains(n)) {
      problems.add(Problem.of(at, "file.unit.unknown", n));
    }
  }

  private VoteRule rule(ConferenceFile.Rule r, String at) {
    Fraction quorum =
        build(at + ".quorum", () -> Fraction.of(r.quorum().numerator(), r.quorum().denominator()));
    Fraction threshold =
        build(
            at + ".threshold",
            () -> Fraction.of(r.threshold().numerator(), r.threshold().denominator()));
    if (quorum == null || threshold == null) {
      return null;
    }
    return build(
        at,
        () ->
            new VoteRule(
                r.preset(),
                r.voterBasis(),
                r.quorum().op(),
                quorum,
                r.threshold().op(),
                threshold,
                r.base(),
                r.source()));
  }

  private <T> T parse(String at, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(at, "file.badTime", e.getParsedString()));
      return null;
    }
  }

  /**
   * What the domain makes of a part of the file, or null, with the domain's own reason, when it
   * refuses it. A part that holds a refused one (null) is refused too, without a second problem.
   */
  <T> T build(String at, Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of(at, "file.invalid", e.getMessage()));
      return null;
    } catch (NullPointerException e) {
      if (problems.size() == start) {
        problems.add(Problem.of(at, "file.invalid", String.valueOf(e.getMessage())));
      }
      return null;
    }
  }
}
