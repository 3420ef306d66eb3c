package vn.binhxet.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.Checks;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.Reconciliation;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundEvent;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundSetup;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteEngine;

/**
 * The rounds of a file, checked as the services would have checked them when they were entered: a
 * closed round passed every check of the catalogue and has the result the engine computes from its
 * entries, a runoff is among the tied of the round before, the chair chose among the tied, the
 * round's life is a possible one, and the round still has the fingerprint it was exported with.
 */
final class ConferenceFileRounds {
  /** A round of the file, checked: what to store, and how its life went. */
  record RoundPlan(RoundRecord record, boolean accountingEntered, List<RoundEvent> events) {}

  private final Conference conference;
  private final List<Problem> problems;
  private final ConferenceFileEntries entries;
  private final Set<String> members;

  ConferenceFileRounds(Conference conference, List<Problem> problems) {
    this.conference = conference;
    this.problems = problems;
    this.entries = new ConferenceFileEntries(problems);
    this.members = conference.members().stream().map(Unit::name).collect(Collectors.toSet());
  }

  /** The rounds in the file's order, or null in the place of each round with a problem. */
  List<RoundPlan> rounds(List<ConferenceFile.Round> rounds) {
    List<RoundPlan> out = new ArrayList<>();
    ConferenceFile.Round before = null;
    RoundPlan planBefore = null;
    for (int i = 0; i < rounds.size(); i++) {
      ConferenceFile.Round r = rounds.get(i);
      String at = "$.rounds[" + i + "]";
      boolean runoff = before != null && before.vote() == r.vote();
      int expected = runoff ? before.round() + 1 : 1;
      if ((before != null && r.vote() < before.vote()) || r.round() != expected) {
        problems.add(Problem.of(at + ".round", "file.round.order", r.vote(), expected));
      }
      RoundPlan plan = round(r, at, runoff ? planBefore : null);
      out.add(plan);
      before = r;
      planBefore = plan;
    }
    return out;
  }

  private RoundPlan round(ConferenceFile.Round r, String at, RoundPlan before) {
    int start = problems.size();
    if (r.vote() > conference.votes().size()) {
      problems.add(Problem.of(at + ".vote", "file.vote.unknown", r.vote()));
      return null;
    }
    Vote vote = conference.votes().get(r.vote() - 1);
    Set<String> allowed = vote.kind() == VoteKind.MOTION ? Set.of(vote.subject()) : members;
    List<String> options = r.options().stream().map(Text::optional).toList();
    Set<String> distinct = new HashSet<>();
    for (int j = 0; j < options.size(); j++) {
      String o = options.get(j);
      if (!allowed.contains(o)) {
        problems.add(Problem.of(at + ".options[" + j + "]", "file.option.notCandidate", o));
      } else if (!distinct.add(o)) {
        problems.add(Problem.of(at + ".options[" + j + "]", "file.entry.duplicate", o));
      }
    }
    if (r.votersPresent() > r.votersEntitled()) {
      problems.add(
          Problem.of(
              at + ".votersPresent", "file.round.present", r.votersPresent(), r.votersEntitled()));
    }
    int entitled = VoteService.entitled(conference, vote);
    if (r.votersEntitled() != entitled) {
      problems.add(
          Problem.of(at + ".votersEntitled", "file.round.entitled", r.votersEntitled(), entitled));
    }
    if (before == null) {
      if (r.seats() != vote.seats()) {
        problems.add(Problem.of(at + ".seats", "file.round.seats", r.seats(), vote.seats()));
      }
    } else {
      runoff(r, at, options, before.record());
    }
    entries.check(r, at, distinct, members);
    List<RoundEvent> events = events(r, at);
    if (problems.size() > start) {
      return null;
    }
    return built(r, at, vote, options, events, start);
  }

  /** A later round is a runoff: among the tied of the round before, for the seats left. */
  private void runoff(ConferenceFile.Round r, String at, List<String> options, RoundRecord prev) {
    RoundResult last = prev.stored();
    if (prev.status() != RoundStatus.CLOSED
        || last == null
        || last.tied().isEmpty()
        || !prev.chairChoice().isEmpty()) {
      problems.add(Problem.of(at + ".round", "file.round.noRunoff", r.round()));
      return;
    }
    if (!new HashSet<>(options).equals(new HashSet<>(last.tied()))) {
      problems.add(
          Problem.of(at + ".options", "file.round.runoffOptions", String.join("; ", last.tied())));
    }
    if (r.seats() != last.seatsLeft()) {
      problems.add(Problem.of(at + ".seats", "file.round.seats", r.seats(), last.seatsLeft()));
    }
  }

  /**
   * The round's life: opened first, then closed and reopened in turn, a tie decided only while
   * closed; it ends in the status the round has.
   */
  private List<RoundEvent> events(ConferenceFile.Round r, String at) {
    List<RoundEvent> out = new ArrayList<>();
    boolean open = false;
    boolean decided = false;
    for (int k = 0; k < r.events().size(); k++) {
      ConferenceFile.Event e = r.events().get(k);
      String where = at + ".events[" + k + "]";
      boolean possible =
          switch (e.kind()) {
            case OPENED -> k == 0;
            case CLOSED -> open;
            case REOPENED -> k > 0 && !open;
            case CHAIR_DECISION -> k > 0 && !open && !decided;
          };
      if (!possible) {
        problems.add(Problem.of(where + ".kind", "file.event.order", e.kind()));
        return out;
      }
      boolean needsReason =
          e.kind() == RoundEvent.Kind.REOPENED || e.kind() == RoundEvent.Kind.CHAIR_DECISION;
      if (needsReason && Text.optional(e.reason()) == null) {
        problems.add(Problem.of(where + ".reason", "file.event.reason"));
      }
      Instant when = instant(e.at(), where + ".at", problems);
      if (when != null) {
        out.add(new RoundEvent(e.kind(), when, e.reason()));
      }
      open = e.kind() == RoundEvent.Kind.OPENED || e.kind() == RoundEvent.Kind.REOPENED;
      decided = e.kind() == RoundEvent.Kind.CHAIR_DECISION;
    }
    if (open != (r.status() == RoundStatus.OPEN)) {
      problems.add(Problem.of(at + ".status", "file.round.status", r.status()));
    }
    return out;
  }

  private RoundPlan built(
      ConferenceFile.Round r,
      String at,
      Vote vote,
      List<String> options,
      List<RoundEvent> events,
      int start) {
    RoundSetup setup =
        new RoundSetup(
            r.round(),
            vote.rule(),
            r.mode().method(),
            r.seats(),
            r.votersEntitled(),
            r.votersPresent(),
            options);
    ConferenceFileEntries.Entries e = ConferenceFileEntries.entries(r);
    RoundRef ref = new RoundRef(0, r.vote(), r.round());
    Instant opened = events.get(0).at();
    RoundRecord entered =
        new RoundRecord(
            ref,
            setup,
            r.mode(),
            RoundStatus.OPEN,
            opened,
            null,
            e.hands(),
            e.raised(),
            e.accounting(),
            e.first(),
            e.second(),
            null,
            null,
            List.of());
    RoundResult result = null;
    if (r.status() == RoundStatus.CLOSED) {
      // The app never closed a round whose entries fail a check: neither may an import.
      for (Finding f : Checks.of(setup, entered.tally(), null, entered.ballots())) {
        if (f.isError()) {
          problems.add(
              Problem.of(
                  ConferenceFileEntries.path(at, r, f),
                  f.check().messageKey(),
                  f.args().toArray()));
        }
      }
      if (r.mode() == EntryMode.BALLOTS_TWICE) {
        var differ = Reconciliation.differences(e.first(), e.second());
        if (!differ.isEmpty()) {
          problems.add(
              Problem.of(
                  at + ".ballots",
                  "file.ballot.entriesDiffer",
                  differ.stream()
                      .map(d -> String.valueOf(d.seq()))
                      .collect(Collectors.joining(", "))));
        }
      }
      if (problems.size() > start) {
        return null;
      }
      result = VoteEngine.result(setup, entered.tally());
      if (r.result() == null) {
        problems.add(Problem.of(at + ".result", "file.round.resultMissing"));
      } else if (!ConferenceFileWriter.result(result).equals(normalised(r.result()))) {
        problems.add(Problem.of(at + ".result", "file.round.resultDiffers"));
      }
    } else if (r.result() != null) {
      problems.add(Problem.of(at + ".result", "file.round.resultOpen"));
    }
    List<String> chosen = chair(r, at, result, events);
    if (problems.size() > start) {
      return null;
    }
    Instant closed =
        r.status() == RoundStatus.CLOSED
            ? events.stream()
                .filter(x -> x.kind() == RoundEvent.Kind.CLOSED)
                .reduce((a, b) -> b)
                .orElseThrow()
                .at()
            : null;
    RoundRecord record =
        new RoundRecord(
            ref,
            setup,
            r.mode(),
            r.status(),
            opened,
            closed,
            e.hands(),
            e.raised(),
            e.accounting(),
            e.first(),
            e.second(),
            result,
            r.chair() == null ? null : Text.optional(r.chair().reason()),
            chosen);
    if (!RoundDigest.of(record).equals(r.digest())) {
      problems.add(Problem.of(at + ".digest", "file.round.digest"));
      return null;
    }
    return new RoundPlan(record, r.ballotAccounting() != null, events);
  }

  /** The chair's choice: among the tied of the round, for exactly the seats left. */
  private List<String> chair(
      ConferenceFile.Round r, String at, RoundResult result, List<RoundEvent> events) {
    RoundEvent last = events.get(events.size() - 1);
    boolean decidedLast = last.kind() == RoundEvent.Kind.CHAIR_DECISION;
    if (r.chair() == null) {
      if (decidedLast) {
        problems.add(Problem.of(at + ".chair", "file.chair.missing"));
      }
      return List.of();
    }
    if (result == null || result.tied().isEmpty()) {
      problems.add(Problem.of(at + ".chair", "file.chair.noTie"));
      return List.of();
    }
    List<String> chosen = r.chair().chosen().stream().map(Text::optional).toList();
    if (!result.tied().containsAll(chosen)
        || chosen.size() != result.seatsLeft()
        || new HashSet<>(chosen).size() != chosen.size()) {
      problems.add(Problem.of(at + ".chair.chosen", "file.chair.choice", result.seatsLeft()));
    }
    if (!decidedLast || !Objects.equals(last.reason(), Text.optional(r.chair().reason()))) {
      problems.add(Problem.of(at + ".chair.reason", "file.chair.event"));
    }
    return chosen.stream().sorted().toList();
  }

  private static ConferenceFile.Result normalised(ConferenceFile.Result r) {
    return new ConferenceFile.Result(
        r.quorumMet(),
        r.base(),
        r.ranking().stream()
            .map(s -> new ConferenceFile.Score(Text.optional(s.option()), s.votes(), s.passed()))
            .toList(),
        r.nominated().stream().map(Text::optional).toList(),
        r.tied().stream().map(Text::optional).toList(),
        r.seatsLeft());
  }

  /** An instant of the file; null, with a problem, when it is not one. */
  static Instant instant(String text, String at, List<Problem> problems) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(Problem.of(at, "file.badTime", text));
      return null;
    }
  }
}
