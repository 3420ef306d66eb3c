package vn.binhxet.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * What a conference has recorded so far, read inside the transaction of a change: which votes have
 * begun, which units stood or voted in a round or were checked in, who arrived, which steps began.
 * The preparation services ask it what may still change (decision 0011).
 */
final class Recorded {
  final SavedConference saved;
  final Conference conference;
  final List<VoteOutcome> outcomes;
  private final Map<String, Boolean> attendance;
  private final Map<Integer, Instant> peopleIn;
  private final AgendaProgress progress;
  private final Set<String> unitsInRounds = new HashSet<>();

  private Recorded(
      SavedConference saved,
      List<VoteOutcome> outcomes,
      Map<String, Boolean> attendance,
      Map<Integer, Instant> peopleIn,
      AgendaProgress progress) {
    this.saved = saved;
    this.conference = saved.conference();
    this.outcomes = outcomes;
    this.attendance = attendance;
    this.peopleIn = peopleIn;
    this.progress = progress;
    for (VoteOutcome o : outcomes) {
      for (RoundRecord r : o.rounds()) {
        unitsInRounds.addAll(r.setup().options());
        r.raised().values().forEach(hands -> unitsInRounds.addAll(hands.keySet()));
        unitsInRounds.addAll(r.chairChoice());
      }
      if (o.decision() != null) {
        unitsInRounds.add(o.decision().unit());
      }
    }
  }

  static Recorded read(long id, ConferenceRepository conferences, VoteRepository votes) {
    SavedConference saved = conferences.find(id).orElseThrow(() -> new NotFoundException(id));
    return new Recorded(
        saved,
        new Rounds(conferences, votes).outcomes(id, saved.conference()),
        votes.attendance(id),
        votes.delegatesPresent(id),
        conferences.progress(id));
  }

  /** A closed conference is kept as it was minuted. */
  void refuseIfClosed() {
    if (saved.status() == ConferenceStatus.CLOSED) {
      throw refused("conference", "prep.closed");
    }
  }

  /** A vote has begun once a round of it was opened or its head was decided without one. */
  boolean voteBegun(int position) {
    VoteOutcome o = outcomes.get(position - 1);
    return !o.rounds().isEmpty() || o.decision() != null;
  }

  boolean anyVoteBegunFrom(int position) {
    for (int p = position; p <= outcomes.size(); p++) {
      if (voteBegun(p)) {
        return true;
      }
    }
    return false;
  }

  boolean anyNominationBegun() {
    for (int p = 1; p <= outcomes.size(); p++) {
      if (outcomes.get(p - 1).vote().kind() == VoteKind.NOMINATION && voteBegun(p)) {
        return true;
      }
    }
    return false;
  }

  /** The position of the nomination vote of the award of {@code rank}, or 0. */
  int nominationOf(int rank) {
    for (int p = 1; p <= outcomes.size(); p++) {
      Integer award = outcomes.get(p - 1).vote().awardRank();
      if (award != null && award == rank) {
        return p;
      }
    }
    return 0;
  }

  boolean unitInRound(String unit) {
    return unitsInRounds.contains(unit);
  }

  boolean unitCheckedIn(String unit) {
    return attendance.getOrDefault(unit, false);
  }

  boolean personCheckedIn(int position) {
    return peopleIn.containsKey(position);
  }

  boolean stepStarted(int position) {
    return progress.started().containsKey(position)
        || Integer.valueOf(position).equals(progress.current());
  }

  /** The position of the last step that started (or is under way), or 0. */
  int lastStepStarted() {
    int last = progress.current() == null ? 0 : progress.current();
    for (int p : progress.started().keySet()) {
      last = Math.max(last, p);
    }
    return last;
  }

  static InvalidInputException refused(String field, String key, Object... args) {
    return new InvalidInputException(List.of(Problem.of(field, key, args)));
  }
}
