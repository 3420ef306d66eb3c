package vn.binhxet.service;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * The sentence suggested for an agenda step's notes, built only from what has been recorded: who
 * chairs, who attends, how a vote went, when the conference closed. A step whose facts are not yet
 * recorded (a vote not decided, a report with no host unit) gets no suggestion (an empty string),
 * never a sentence with blanks.
 *
 * <p>The text comes from the given {@link Messages}; the minutes are Vietnamese (decision 16), so
 * {@link AgendaService} always passes Vietnamese ones, whatever the screens' language.
 */
public final class NoteSuggestions {
  /** The language of the minutes, and so of every suggested sentence. */
  public static final java.util.Locale MINUTES_LANGUAGE = Messages.VIETNAMESE;

  /** What has been recorded of a conference, as of now. */
  public record Facts(
      Conference conference,
      Map<String, Boolean> attendance,
      Map<Integer, Instant> participantsPresent,
      List<VoteOutcome> outcomes,
      AgendaProgress progress,
      ZoneId zone) {
    public Facts {
      attendance = Map.copyOf(attendance);
      participantsPresent = Map.copyOf(participantsPresent);
      outcomes = List.copyOf(outcomes);
    }
  }

  private final Messages m;

  public NoteSuggestions(Messages messages) {
    this.m = messages;
  }

  /** Every step's suggestion, by position from 1; empty strings where there is none. */
  public Map<Integer, String> all(Facts facts) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int p = 1; p <= facts.conference().agenda().size(); p++) {
      out.put(p, step(facts, p));
    }
    return out;
  }

  /** The suggestion for the step at {@code position} (from 1), or an empty string. */
  public String step(Facts facts, int position) {
    Conference c = facts.conference();
    AgendaStep step = c.agenda().get(position - 1);
    List<String> sentences = new ArrayList<>();
    switch (step.kind()) {
      case OPENING -> opening(facts, position, sentences);
      case REPORT -> {
        if (c.hostUnitName() != null) {
          sentences.add(m.get("suggest.report", c.hostUnitName(), c.reviewYear(), step.title()));
        }
      }
      case CRITERIA -> criteria(c, sentences);
      default -> {}
    }
    if (step.votePosition() != null) {
      VoteOutcome o = facts.outcomes().get(step.votePosition() - 1);
      if (o.decided()) {
        vote(c, o, sentences);
      }
    }
    if (step.kind() == vn.binhxet.domain.AgendaStepKind.CONCLUSION) {
      Instant ended = facts.progress().ended().get(position);
      if (ended != null) {
        LocalTime t = LocalTime.ofInstant(ended, facts.zone());
        sentences.add(m.get("suggest.closing", hour(t), minute(t)));
      }
    }
    return String.join(" ", sentences);
  }

  private void opening(Facts facts, int position, List<String> out) {
    Conference c = facts.conference();
    Instant started = facts.progress().started().get(position);
    if (started != null) {
      LocalTime t = LocalTime.ofInstant(started, facts.zone());
      out.add(m.get("suggest.opening.start", hour(t), minute(t)));
    }
    if (!facts.attendance().isEmpty()) {
      List<String> absent =
          c.members().stream()
              .map(u -> u.name())
              .filter(u -> !facts.attendance().getOrDefault(u, false))
              .toList();
      int total = c.members().size();
      out.add(
          absent.isEmpty()
              ? m.get("suggest.opening.allPresent", total, total)
              : m.get(
                  "suggest.opening.present",
                  total - absent.size(),
                  total,
                  String.join("; ", absent)));
    }
    List<String> guests = new ArrayList<>();
    boolean checkedIn = !facts.participantsPresent().isEmpty();
    for (int i = 0; i < c.participants().size(); i++) {
      Participant p = c.participants().get(i);
      // Guests who checked in; where nobody was ticked in person, the guests invited.
      if (p.kind() == ParticipantKind.GUEST
          && (!checkedIn || facts.participantsPresent().containsKey(i + 1))) {
        String who = person(p);
        if (who != null) {
          guests.add(who);
        }
      }
    }
    if (!guests.isEmpty()) {
      out.add(m.get("suggest.opening.guests", String.join("; ", guests)));
    }
    people(c, Role.CHAIR, "suggest.opening.chair", out);
    people(c, Role.SECRETARY, "suggest.opening.secretary", out);
  }

  private void people(Conference c, Role role, String key, List<String> out) {
    List<String> names =
        c.withRole(role).stream().map(this::person).filter(p -> p != null).toList();
    if (!names.isEmpty()) {
      out.add(m.get(key, String.join("; ", names)));
    }
  }

  /** "đồng chí Nguyễn Trọng Bình, Phó Chủ tịch …", or the title alone for a person not named. */
  private String person(Participant p) {
    if (p.fullName() != null) {
      return p.title() == null
          ? m.get("suggest.person.name", p.fullName())
          : m.get("suggest.person.named", p.fullName(), p.title());
    }
    if (p.title() != null) {
      return p.title();
    }
    return p.unitName() == null ? null : m.get("suggest.person.ofUnit", p.unitName());
  }

  private void criteria(Conference c, List<String> out) {
    if (c.awards().isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (AwardCategory a :
        c.awards().stream().sorted((x, y) -> Integer.compare(x.rank(), y.rank())).toList()) {
      parts.add(m.get("suggest.criteria.award", a.name(), a.quota(), rule(a.rule())));
    }
    out.add(m.get("suggest.criteria", String.join("; ", parts)));
  }

  private void vote(Conference c, VoteOutcome o, List<String> out) {
    Vote v = o.vote();
    String method = m.get("suggest.method." + v.method().name());
    int nextYear = c.reviewYear() + 1;
    switch (v.kind()) {
      case MOTION -> out.add(m.get("suggest.motion", v.subject(), method));
      case NOMINATION ->
          out.add(m.get("suggest.nomination", c.award(v.awardRank()).name(), method));
      case CLUSTER_HEAD, DEPUTY_HEAD -> {
        if (o.decision() != null) {
          String note = o.decision().note() == null ? "" : " (" + o.decision().note() + ")";
          out.add(
              m.get(
                  "suggest.head." + v.headChoice().name() + "." + v.kind().name(),
                  o.decision().unit(),
                  nextYear,
                  note));
          return;
        }
        out.add(m.get("suggest.head." + v.kind().name(), nextYear, method));
      }
    }
    if (o.rounds().isEmpty()) {
      return;
    }
    RoundRecord first = o.rounds().get(0);
    String voters = m.get("suggest.voters." + v.rule().voterBasis().name());
    out.add(
        m.get(
            "suggest.present",
            voters,
            first.setup().votersPresent(),
            first.setup().votersEntitled()));
    boolean several = o.rounds().size() > 1;
    for (RoundRecord r : o.rounds()) {
      round(v, r, several, out);
    }
    List<String> chosen = o.chosen();
    switch (v.kind()) {
      case MOTION ->
          out.add(m.get(chosen.isEmpty() ? "suggest.motion.rejected" : "suggest.motion.carried"));
      case NOMINATION ->
          out.add(
              chosen.isEmpty()
                  ? m.get("suggest.nomination.none")
                  : m.get(
                      "suggest.nomination.chosen",
                      c.award(v.awardRank()).name(),
                      String.join("; ", chosen)));
      case CLUSTER_HEAD, DEPUTY_HEAD -> {
        if (!chosen.isEmpty()) {
          out.add(m.get("suggest.head.chosen." + v.kind().name(), chosen.get(0), nextYear));
        }
      }
    }
  }

  private void round(Vote v, RoundRecord r, boolean several, List<String> out) {
    RoundResult result = r.stored();
    if (result == null) {
      return;
    }
    List<String> lines = new ArrayList<>();
    if (r.setup().method() == VotingMethod.SECRET_BALLOT && r.tally() instanceof BallotTally b) {
      lines.add(m.get("suggest.ballots", b.issued(), b.collected(), b.valid(), b.invalidTotal()));
    }
    lines.add(result.quorumMet() ? counts(v, r, result) : m.get("suggest.noQuorum"));
    String text = String.join(" ", lines);
    if (several) {
      String key = r.ref().round() == 1 ? "suggest.round.first" : "suggest.round.runoff";
      text = m.get(key, r.ref().round(), text);
    }
    out.add(text);
    if (!result.quorumMet()) {
      return;
    }
    if (!result.tied().isEmpty()) {
      out.add(m.get("suggest.tied", String.join("; ", result.tied())));
    }
    if (!r.chairChoice().isEmpty()) {
      out.add(
          m.get(
              "suggest.chairChoice",
              String.join("; ", r.chairChoice()),
              r.chairDecision() == null ? "" : r.chairDecision()));
    }
  }

  /** The votes of a round with quorum: a motion's one count, or each candidate's with votes. */
  private String counts(Vote v, RoundRecord r, RoundResult result) {
    String base = m.get("rule.base." + v.rule().voterBasis().name() + "." + v.rule().base().name());
    String unit =
        m.get(
            r.setup().method() == VotingMethod.SECRET_BALLOT
                ? "suggest.count.ballots"
                : "suggest.count.hands." + v.rule().voterBasis().name());
    if (v.kind() == VoteKind.MOTION && result.options().size() == 1) {
      OptionResult x = result.options().get(0);
      StringBuilder s =
          new StringBuilder(
              m.get(
                  "suggest.result.motion", x.votesFor(), unit, percent(x.share().percent()), base));
      HandsCount hands = r.tally() instanceof HandsTally h ? h.counts().get(x.option()) : null;
      if (hands != null && hands.against() > 0) {
        s.append(m.get("suggest.result.against", hands.against()));
      }
      if (hands != null && hands.abstain() > 0) {
        s.append(m.get("suggest.result.abstain", hands.abstain()));
      }
      return s.append('.').toString();
    }
    List<String> parts = new ArrayList<>();
    for (OptionResult x : result.options()) {
      if (x.votesFor() > 0) {
        parts.add(
            m.get(
                "suggest.result.option",
                x.option(),
                x.votesFor(),
                unit,
                percent(x.share().percent())));
      }
    }
    return parts.isEmpty()
        ? m.get("suggest.result.noVotes")
        : m.get("suggest.result.options", base, String.join("; ", parts));
  }

  private String rule(VoteRule rule) {
    Fraction f = rule.threshold();
    String fraction =
        f.denominator() == 100 ? f.numerator() + "%" : f.numerator() + "/" + f.denominator();
    return m.get(
        "rule.summary",
        m.get("rule.op." + rule.thresholdOp().name()),
        fraction,
        m.get("rule.base." + rule.voterBasis().name() + "." + rule.base().name()));
  }

  /** Two decimals, in the language's own way: "81,82%" in Vietnamese. */
  private String percent(BigDecimal value) {
    NumberFormat f = NumberFormat.getNumberInstance(m.locale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(value) + "%";
  }

  private static String hour(LocalTime t) {
    return Integer.toString(t.getHour());
  }

  private static String minute(LocalTime t) {
    return String.format("%02d", t.getMinute());
  }
}
