package vn.binhxet.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.DefaultAgenda;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.PreparationRepository;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * Preparing what the conference does: its award categories (each with its nomination vote and
 * agenda step, as a new conference gets them) and its agenda. Each method is one transaction,
 * appended to the audit log. What may still change once recording has begun is decision 0011.
 */
public final class ProgrammeService {

  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final PreparationRepository changes;
  private final VoteRepository votes;
  private final AuditTrail audit;

  public ProgrammeService(
      TransactionRunner tx,
      ConferenceRepository conferences,
      PreparationRepository changes,
      VoteRepository votes,
      AuditTrail audit) {
    this.tx = tx;
    this.conferences = conferences;
    this.changes = changes;
    this.votes = votes;
    this.audit = audit;
  }

  // --- awards ---

  /** Adds an award below the others, with its nomination vote and its step in the agenda. */
  public Prepared addAward(long conferenceId, AwardDraft draft) {
    return change(
        conferenceId,
        r -> {
          Conference c = r.conference;
          int rank = c.awards().size() + 1;
          AwardCategory award = AwardDrafts.check(c, rank, draft);
          changes.addAward(conferenceId, award);
          int vote = changes.addVote(conferenceId, DefaultAgenda.nomination(award));
          changes.addStep(
              conferenceId,
              nominationStepPosition(c),
              new AgendaStep(
                  AgendaStepKind.NOMINATION,
                  DefaultAgenda.nominationTitle(award.name()),
                  vote,
                  null));
          log(conferenceId, "AWARD_ADDED", "award:" + rank, describe(award));
          addCountingCommittee(conferenceId, award);
        });
  }

  /**
   * Changes an award. Its name may always change (the title of its step follows); its quota,
   * method, rule and pool only until a round of its vote is opened.
   */
  public Prepared changeAward(long conferenceId, int rank, AwardDraft draft) {
    return change(
        conferenceId,
        r -> {
          Conference c = r.conference;
          AwardCategory old = award(c, rank);
          AwardCategory award = AwardDrafts.check(c, rank, draft);
          int vote = r.nominationOf(rank);
          boolean counted =
              award.quota() != old.quota()
                  || award.method() != old.method()
                  || !award.rule().equals(old.rule())
                  || !award.pool().equals(old.pool());
          if (counted && vote > 0 && r.voteBegun(vote)) {
            throw Recorded.refused("award", "prep.award.begun", old.name());
          }
          changes.changeAward(conferenceId, rank, award);
          if (vote > 0 && counted) {
            changes.changeVote(conferenceId, vote, DefaultAgenda.nomination(award));
          }
          if (!award.name().equals(old.name())) {
            String before = DefaultAgenda.nominationTitle(old.name());
            for (int i = 0; i < c.agenda().size(); i++) {
              AgendaStep s = c.agenda().get(i);
              if (s.title().equals(before)) {
                changes.changeStep(
                    conferenceId,
                    i + 1,
                    new AgendaStep(
                        s.kind(),
                        DefaultAgenda.nominationTitle(award.name()),
                        s.votePosition(),
                        s.notes()));
              }
            }
          }
          log(conferenceId, "AWARD_CHANGED", "award:" + rank, describe(award));
          addCountingCommittee(conferenceId, award);
        });
  }

  /**
   * Moves an award to rank {@code to}. Who may stand depends on the order ("not nominated for a
   * higher award"), so the order is frozen once any nomination has begun.
   */
  public Prepared moveAward(long conferenceId, int rank, int to) {
    return change(
        conferenceId,
        r -> {
          AwardCategory moved = award(r.conference, rank);
          int n = r.conference.awards().size();
          if (to < 1 || to > n) {
            throw Recorded.refused("position", "prep.position", to, n);
          }
          if (r.anyNominationBegun()) {
            throw Recorded.refused("award", "prep.award.orderFrozen");
          }
          List<Integer> ranks = new ArrayList<>();
          for (AwardCategory a : r.conference.awards()) {
            ranks.add(a.rank());
          }
          ranks.remove(Integer.valueOf(rank));
          ranks.add(to - 1, rank);
          changes.rankAwards(conferenceId, ranks);
          log(conferenceId, "AWARD_MOVED", "award:" + rank, "name=" + moved.name() + "; to=" + to);
        });
  }

  /** Removes an award with its nomination vote and the steps that take it. */
  public Prepared removeAward(long conferenceId, int rank) {
    return change(
        conferenceId,
        r -> {
          Conference c = r.conference;
          AwardCategory award = award(c, rank);
          for (AwardCategory other : c.awards()) {
            if (Objects.equals(other.pool().sourceRank(), rank)) {
              throw Recorded.refused("award", "prep.award.poolSource", award.name(), other.name());
            }
          }
          int vote = r.nominationOf(rank);
          if (vote > 0) {
            if (r.voteBegun(vote)) {
              throw Recorded.refused("award", "prep.award.begun", award.name());
            }
            removeSteps(r, conferenceId, vote);
            removeVote(r, conferenceId, vote);
          }
          changes.removeAward(conferenceId, rank);
          List<Integer> ranks = new ArrayList<>();
          for (AwardCategory a : c.awards()) {
            if (a.rank() != rank) {
              ranks.add(a.rank());
            }
          }
          changes.rankAwards(conferenceId, ranks);
          log(conferenceId, "AWARD_REMOVED", "award:" + rank, "name=" + award.name());
        });
  }

  // --- agenda ---

  /** Inserts a step at {@code position} (from 1; one past the last adds it at the end). */
  public Prepared addStep(long conferenceId, int position, StepDraft draft) {
    return change(
        conferenceId,
        r -> {
          int n = r.conference.agenda().size();
          if (position < 1 || position > n + 1) {
            throw Recorded.refused("position", "prep.position", position, n + 1);
          }
          AgendaStep step = step(r, conferenceId, draft);
          changes.addStep(conferenceId, position, step);
          log(conferenceId, "STEP_ADDED", "step:" + position, describe(step));
        });
  }

  /**
   * Changes a step. Its title may always change; what happens in it and its vote only until it has
   * started.
   */
  public Prepared changeStep(long conferenceId, int position, StepDraft draft) {
    return change(
        conferenceId,
        r -> {
          AgendaStep old = step(r.conference, position);
          boolean relinked =
              draft.kind() != old.kind()
                  || draft.newMotion()
                  || !Objects.equals(draft.votePosition(), old.votePosition());
          if (relinked && r.stepStarted(position)) {
            throw Recorded.refused("kind", "prep.step.startedLink", old.title());
          }
          AgendaStep step = step(r, conferenceId, draft);
          changes.changeStep(conferenceId, position, step);
          Integer linked = old.votePosition();
          if (linked != null && linked.equals(step.votePosition())) {
            renameMotion(r, conferenceId, linked, old.title(), step.title());
          }
          log(conferenceId, "STEP_CHANGED", "step:" + position, describe(step));
          if (linked != null && !linked.equals(step.votePosition())) {
            dropOrphanMotion(conferenceId, linked);
          }
        });
  }

  /** Moves a step that has not started to {@code to} (from 1). */
  public Prepared moveStep(long conferenceId, int from, int to) {
    return change(
        conferenceId,
        r -> {
          AgendaStep step = step(r.conference, from);
          int n = r.conference.agenda().size();
          if (to < 1 || to > n) {
            throw Recorded.refused("position", "prep.position", to, n);
          }
          if (r.stepStarted(from)) {
            throw Recorded.refused("step", "prep.step.started", step.title());
          }
          changes.moveStep(conferenceId, from, to);
          log(conferenceId, "STEP_MOVED", "step:" + from, "to=" + to + "; title=" + step.title());
        });
  }

  /**
   * Removes a step that has not started and has no notes; a motion taken only in it goes with it
   * while nobody has voted on it.
   */
  public Prepared removeStep(long conferenceId, int position) {
    return change(
        conferenceId,
        r -> {
          AgendaStep step = step(r.conference, position);
          refuseRemoval(r, position, step);
          changes.removeStep(conferenceId, position);
          log(conferenceId, "STEP_REMOVED", "step:" + position, describe(step));
          if (step.votePosition() != null) {
            dropOrphanMotion(conferenceId, step.votePosition());
          }
        });
  }

  // --- shared ---

  /**
   * A secret ballot needs a counting committee: as {@link DefaultAgenda} gives a new conference, an
   * award decided by secret ballot brings the committee's election when the conference has none.
   * Its step goes after the agenda's approval, or after the last step that started, so nothing
   * already held is preceded by it (decision 0023).
   */
  private void addCountingCommittee(long conferenceId, AwardCategory award) {
    if (award.method() != VotingMethod.SECRET_BALLOT) {
      return;
    }
    Recorded now = Recorded.read(conferenceId, conferences, votes);
    Conference c = now.conference;
    boolean elected =
        c.votes().stream()
                .anyMatch(
                    v ->
                        v.kind() == VoteKind.MOTION
                            && DefaultAgenda.COUNTING_COMMITTEE.equals(v.subject()))
            || c.agenda().stream()
                .anyMatch(s -> DefaultAgenda.COUNTING_COMMITTEE.equals(s.title()));
    if (elected) {
      return;
    }
    int at = Math.max(afterAgendaApproval(c), now.lastStepStarted() + 1);
    int vote =
        changes.addVote(conferenceId, DefaultAgenda.motion(DefaultAgenda.COUNTING_COMMITTEE));
    log(conferenceId, "VOTE_ADDED", "vote:" + vote, "motion=" + DefaultAgenda.COUNTING_COMMITTEE);
    AgendaStep step =
        new AgendaStep(
            AgendaStepKind.AGENDA_APPROVAL, DefaultAgenda.COUNTING_COMMITTEE, vote, null);
    changes.addStep(conferenceId, at, step);
    log(conferenceId, "STEP_ADDED", "step:" + at, describe(step));
  }

  /** Where the default agenda elects the counting committee: right after the agenda's approval. */
  private static int afterAgendaApproval(Conference c) {
    List<AgendaStep> agenda = c.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      if (agenda.get(i).kind() == AgendaStepKind.AGENDA_APPROVAL) {
        return i + 2;
      }
    }
    for (int i = 0; i < agenda.size(); i++) {
      if (agenda.get(i).kind() == AgendaStepKind.NOMINATION) {
        return i + 1;
      }
    }
    return agenda.size() + 1;
  }

  private Prepared change(long conferenceId, Consumer<Recorded> work) {
    return tx.inTransaction(
        () -> {
          Recorded r = Recorded.read(conferenceId, conferences, votes);
          r.refuseIfClosed();
          work.accept(r);
          SavedConference saved =
              conferences.find(conferenceId).orElseThrow(() -> new NotFoundException(conferenceId));
          return new Prepared(
              saved, new Rounds(conferences, votes).outcomes(conferenceId, saved.conference()));
        });
  }

  private void log(long conferenceId, String action, String what, String details) {
    audit.record(conferenceId, action, "conference:" + conferenceId + "/" + what, details);
  }

  private static void refuseRemoval(Recorded r, int position, AgendaStep step) {
    if (r.stepStarted(position)) {
      throw Recorded.refused("step", "prep.step.started", step.title());
    }
    if (step.notes() != null) {
      throw Recorded.refused("step", "prep.step.hasNotes", step.title());
    }
  }

  /** Removes the steps that take vote {@code vote}, last first so positions hold. */
  private void removeSteps(Recorded r, long conferenceId, int vote) {
    List<AgendaStep> agenda = r.conference.agenda();
    for (int i = agenda.size(); i >= 1; i--) {
      AgendaStep s = agenda.get(i - 1);
      if (Objects.equals(s.votePosition(), vote)) {
        refuseRemoval(r, i, s);
        changes.removeStep(conferenceId, i);
      }
    }
  }

  /**
   * Removes a vote nobody has voted on. The votes after it move up, so it is refused when a later
   * vote has rounds: the audit log names rounds by their vote's position.
   */
  private void removeVote(Recorded r, long conferenceId, int vote) {
    if (r.anyVoteBegunFrom(vote)) {
      throw Recorded.refused("vote", "prep.vote.laterBegun");
    }
    changes.removeVote(conferenceId, vote);
  }

  /** A motion no step takes any more, and nobody voted on, is dropped with its last step. */
  private void dropOrphanMotion(long conferenceId, int vote) {
    Recorded now = Recorded.read(conferenceId, conferences, votes);
    Vote v = now.conference.votes().get(vote - 1);
    boolean taken =
        now.conference.agenda().stream().anyMatch(s -> Objects.equals(s.votePosition(), vote));
    if (v.kind() == VoteKind.MOTION && !taken && !now.anyVoteBegunFrom(vote)) {
      changes.removeVote(conferenceId, vote);
      log(conferenceId, "VOTE_REMOVED", "vote:" + vote, "subject=" + v.subject());
    }
  }

  /** A motion's subject follows its step's title while nobody has voted on it. */
  private void renameMotion(
      Recorded r, long conferenceId, int vote, String oldTitle, String newTitle) {
    Vote v = r.conference.votes().get(vote - 1);
    if (v.kind() == VoteKind.MOTION
        && oldTitle.equals(v.subject())
        && !oldTitle.equals(newTitle)
        && !r.voteBegun(vote)) {
      changes.changeVote(
          conferenceId,
          vote,
          new Vote(
              v.kind(),
              null,
              newTitle,
              v.method(),
              v.seats(),
              null,
              v.rule(),
              v.visibility(),
              List.of()));
    }
  }

  /** Where a new nomination step goes: after the last one, else before the head vote or the end. */
  private static int nominationStepPosition(Conference c) {
    List<AgendaStep> agenda = c.agenda();
    for (int i = agenda.size() - 1; i >= 0; i--) {
      if (agenda.get(i).kind() == AgendaStepKind.NOMINATION) {
        return i + 2;
      }
    }
    for (int i = 0; i < agenda.size(); i++) {
      AgendaStepKind k = agenda.get(i).kind();
      if (k == AgendaStepKind.CLUSTER_HEAD || k == AgendaStepKind.CONCLUSION) {
        return i + 1;
      }
    }
    return agenda.size() + 1;
  }

  private static AwardCategory award(Conference c, int rank) {
    return c.awards().stream()
        .filter(a -> a.rank() == rank)
        .findFirst()
        .orElseThrow(() -> Recorded.refused("award", "prep.award.missing", rank));
  }

  private static AgendaStep step(Conference c, int position) {
    if (position < 1 || position > c.agenda().size()) {
      throw Recorded.refused("step", "agenda.noStep", position);
    }
    return c.agenda().get(position - 1);
  }

  /** A step as typed, checked; a new motion is added to the votes here. */
  private AgendaStep step(Recorded r, long conferenceId, StepDraft d) {
    List<Problem> problems = new ArrayList<>();
    if (d.kind() == null) {
      problems.add(Problem.of("kind", "prep.step.kind"));
    }
    if (d.title() == null) {
      problems.add(Problem.of("title", "prep.step.blank"));
    } else if (d.title().length() > SetupDrafts.MAX_LONG_TEXT) {
      problems.add(
          Problem.of("title", "prep.tooLong", d.title().length(), SetupDrafts.MAX_LONG_TEXT));
    }
    Integer vote = d.votePosition();
    if (!d.newMotion() && vote != null && (vote < 1 || vote > r.conference.votes().size())) {
      problems.add(Problem.of("vote", "vote.missing", vote));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (d.newMotion()) {
      vote = changes.addVote(conferenceId, DefaultAgenda.motion(d.title()));
      log(conferenceId, "VOTE_ADDED", "vote:" + vote, "motion=" + d.title());
    }
    return new AgendaStep(d.kind(), d.title(), vote, null);
  }

  private static String describe(AwardCategory a) {
    return "name="
        + a.name()
        + "; quota="
        + a.quota()
        + "; method="
        + a.method()
        + "; rule="
        + a.rule()
        + "; pool="
        + a.pool();
  }

  private static String describe(AgendaStep s) {
    return "kind=" + s.kind() + "; title=" + s.title() + "; vote=" + s.votePosition();
  }
}
