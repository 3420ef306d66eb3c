package vn.binhxet.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.HeadChoice;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.vote.Checks;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HeadDecision;
import vn.binhxet.domain.vote.Reconciliation;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundSetup;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteEngine;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * The life of a vote: attendance, opening a round (the voters present frozen then), closing it (its
 * result stored), reopening it with a reason, a runoff or the chair's decision for a tie, and the
 * results. Each method is one transaction, logged to the audit trail.
 */
public final class VoteService {
  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final VoteRepository votes;
  private final AuditTrail audit;
  private final Clock clock;
  private final Rounds rounds;

  public VoteService(
      TransactionRunner tx,
      ConferenceRepository conferences,
      VoteRepository votes,
      AuditTrail audit,
      Clock clock) {
    this.tx = tx;
    this.conferences = conferences;
    this.votes = votes;
    this.audit = audit;
    this.clock = clock;
    this.rounds = new Rounds(conferences, votes);
  }

  public void checkIn(long conferenceId, String unit, boolean present) {
    tx.inTransaction(
        () -> {
          Conference c = rounds.conference(conferenceId);
          String name = Text.required(unit, "unit");
          if (c.members().stream().noneMatch(u -> u.name().equals(name))) {
            throw new InvalidInputException(List.of(Problem.of("unit", "vote.notMember", name)));
          }
          votes.setAttendance(conferenceId, name, present, clock.instant());
          audit.record(conferenceId, "ATTENDANCE_CHANGED", "unit:" + name, "present=" + present);
          return null;
        });
  }

  /**
   * Checks a delegate or guest in (or out), by position in the conference's list of participants.
   */
  public void checkInDelegate(long conferenceId, int position, boolean present) {
    tx.inTransaction(
        () -> {
          Conference c = rounds.conference(conferenceId);
          if (position < 1 || position > c.participants().size()) {
            throw new InvalidInputException(
                List.of(Problem.of("participant", "vote.noParticipant", position)));
          }
          votes.setDelegatePresent(conferenceId, position, present ? clock.instant() : null);
          audit.record(
              conferenceId,
              "DELEGATE_ATTENDANCE_CHANGED",
              "conference:" + conferenceId + "/participant:" + position,
              "present=" + present);
          return null;
        });
  }

  /** Participants present by position, with the time they checked in. */
  public Map<Integer, java.time.Instant> delegatesPresent(long conferenceId) {
    return tx.read(() -> votes.delegatesPresent(conferenceId));
  }

  public Map<String, Boolean> attendance(long conferenceId) {
    return tx.read(() -> votes.attendance(conferenceId));
  }

  /**
   * Opens the next round of the vote at {@code position}. A first round votes on {@code options}
   * (null: the vote's candidates, else its award's pool, the members for a head, the subject for a
   * motion); a later one is a runoff among the options tied in the round before, for the seats
   * left.
   */
  public RoundRef openRound(long conferenceId, int position, EntryMode mode, List<String> options) {
    return tx.inTransaction(
        () -> {
          SavedConference saved =
              conferences
                  .find(conferenceId)
                  .orElseThrow(() -> new vn.binhxet.domain.NotFoundException(conferenceId));
          // A closed conference changes only once reopened; a vote taken means it is running.
          if (saved.status() == ConferenceStatus.CLOSED) {
            throw new InvalidInputException(
                List.of(Problem.of("conference", "vote.conferenceClosed")));
          }
          if (saved.status() == ConferenceStatus.PREPARING) {
            conferences.setStatus(conferenceId, ConferenceStatus.RUNNING);
          }
          Conference c = saved.conference();
          Vote vote = rounds.vote(c, position);
          VoteOutcome outcome =
              new VoteOutcome(position, vote, votes.rounds(conferenceId, position));
          if (vote.headChoice() != null && vote.headChoice() != HeadChoice.ELECTION) {
            throw new InvalidInputException(List.of(Problem.of("vote", "vote.notElected")));
          }
          if (outcome.hasOpenRound()) {
            throw new InvalidInputException(List.of(Problem.of("round", "vote.roundOpen")));
          }
          // Who may stand reads every round of the conference: once per opening.
          Set<String> pool = rounds.pool(conferenceId, c, vote);
          List<String> chosen;
          int seats;
          int number = outcome.rounds().size() + 1;
          if (outcome.rounds().isEmpty()) {
            chosen = options != null ? options : defaultOptions(c, vote, pool);
            seats = vote.seats();
          } else if (outcome.tieOpen()) {
            RoundResult last = outcome.rounds().get(outcome.rounds().size() - 1).stored();
            chosen = last.tied();
            seats = last.seatsLeft();
          } else {
            throw new InvalidInputException(List.of(Problem.of("round", "vote.decided")));
          }
          if (chosen.isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("options", "vote.noOptions")));
          }
          int entitled = entitled(c, vote);
          int present = present(conferenceId, c, vote);
          RoundSetup setup =
              new RoundSetup(number, vote.rule(), mode.method(), seats, entitled, present, chosen);

          if (pool != null) {
            List<Finding> outside =
                chosen.stream()
                    .filter(o -> !pool.contains(o))
                    .map(o -> Finding.of(vn.binhxet.domain.vote.Check.E07, o))
                    .toList();
            if (!outside.isEmpty()) {
              throw new EntryRefusedException(outside);
            }
          }
          RoundRef ref = new RoundRef(conferenceId, position, number);
          votes.open(ref, setup, mode, clock.instant());
          audit.record(
              conferenceId,
              "ROUND_OPENED",
              ref.toString(),
              "mode="
                  + mode
                  + "; seats="
                  + seats
                  + "; entitled="
                  + entitled
                  + "; present="
                  + present
                  + "; options="
                  + String.join(" | ", chosen)
                  + rounds.state(ref));
          return ref;
        });
  }

  private static List<String> defaultOptions(Conference c, Vote vote, Set<String> pool) {
    if (!vote.candidates().isEmpty()) {
      return vote.candidates();
    }
    return switch (vote.kind()) {
      case MOTION -> List.of(vote.subject());
      case NOMINATION -> c.members().stream().map(Unit::name).filter(pool::contains).toList();
      case CLUSTER_HEAD, DEPUTY_HEAD -> c.members().stream().map(Unit::name).toList();
    };
  }

  static int entitled(Conference c, Vote vote) {
    if (vote.rule().voterBasis() == VoterBasis.UNIT) {
      return c.members().size();
    }
    return (int) c.participants().stream().filter(Participant::entitledToVote).count();
  }

  /** Units checked in as present; for a vote by delegates, the entitled delegates checked in. */
  private int present(long conferenceId, Conference c, Vote vote) {
    if (vote.rule().voterBasis() == VoterBasis.UNIT) {
      Map<String, Boolean> attendance = votes.attendance(conferenceId);
      return (int)
          c.members().stream().filter(u -> attendance.getOrDefault(u.name(), false)).count();
    }
    Map<Integer, java.time.Instant> here = votes.delegatesPresent(conferenceId);
    int present = 0;
    for (int i = 0; i < c.participants().size(); i++) {
      if (c.participants().get(i).entitledToVote() && here.containsKey(i + 1)) {
        present++;
      }
    }
    return present;
  }

  /**
   * Closes a round: its entries must pass every check, its two blind entries must agree, and its
   * warnings must be confirmed. The result is computed, stored and returned.
   */
  public RoundResult closeRound(RoundRef ref, boolean confirmed) {
    return tx.inTransaction(
        () -> {
          RoundRecord r = rounds.open(ref);
          Conference c = rounds.conference(ref.conferenceId());
          Vote vote = rounds.vote(c, ref.vote());
          if (r.mode() == EntryMode.BALLOTS_TWICE) {
            var differences = Reconciliation.differences(r.first(), r.second());
            if (!differences.isEmpty()) {
              throw new EntriesDifferException(differences);
            }
          }
          if (r.mode().singleBallots() && r.first().size() != r.accounting().collected()) {
            // Every ballot collected must be entered before the count is final.
            throw new InvalidInputException(
                List.of(
                    Problem.of(
                        "ballots",
                        "vote.ballotsEntered",
                        r.first().size(),
                        r.accounting().collected())));
          }
          List<Finding> findings =
              Checks.of(
                  r.setup(), r.tally(), rounds.pool(ref.conferenceId(), c, vote), r.ballots());
          if (Checks.hasErrors(findings)) {
            throw new EntryRefusedException(findings.stream().filter(Finding::isError).toList());
          }
          if (!findings.isEmpty() && !confirmed) {
            throw new ConfirmationNeededException(findings);
          }
          RoundResult result = VoteEngine.result(r.setup(), r.tally());
          votes.close(ref, result, clock.instant());
          audit.record(
              ref.conferenceId(),
              "ROUND_CLOSED",
              ref.toString(),
              "quorum="
                  + result.quorumMet()
                  + "; base="
                  + result.base()
                  + "; votes="
                  + describe(result)
                  + "; nominated="
                  + String.join(" | ", result.nominated())
                  + "; tied="
                  + String.join(" | ", result.tied())
                  + "; confirmed="
                  + findings.stream().map(f -> f.check().code()).toList()
                  + rounds.state(ref));
          return result;
        });
  }

  /**
   * Stores what the projector may show of the vote at {@code position}: nothing, the live count, or
   * only the confirmed result. A secret ballot's count is never shown live whatever is chosen here.
   */
  public void setVisibility(long conferenceId, int position, ResultVisibility visibility) {
    java.util.Objects.requireNonNull(visibility, "visibility");
    tx.inTransaction(
        () -> {
          Conference c = rounds.conference(conferenceId);
          Vote vote = rounds.vote(c, position);
          if (vote.visibility() == visibility) {
            return null;
          }
          votes.setVisibility(conferenceId, position, visibility);
          audit.record(
              conferenceId,
              "VISIBILITY_CHANGED",
              "conference:" + conferenceId + "/vote:" + position,
              "visibility=" + visibility);
          return null;
        });
  }

  /**
   * Records next year's head (or deputy) when it is chosen by rotation or appointment rather than
   * elected: the unit, and a note saying by whom or by what rule.
   */
  public void recordHeadDecision(long conferenceId, int position, String unit, String note) {
    tx.inTransaction(
        () -> {
          Conference c = rounds.conference(conferenceId);
          Vote vote = rounds.vote(c, position);
          if (vote.headChoice() == null || vote.headChoice() == HeadChoice.ELECTION) {
            throw new InvalidInputException(List.of(Problem.of("vote", "vote.notAppointed")));
          }
          HeadDecision decision = new HeadDecision(unit, note);
          if (c.members().stream().noneMatch(u -> u.name().equals(decision.unit()))) {
            throw new InvalidInputException(
                List.of(Problem.of("unit", "vote.notMember", decision.unit())));
          }
          votes.setHeadDecision(conferenceId, position, decision, clock.instant());
          audit.record(
              conferenceId,
              "HEAD_DECIDED",
              "conference:" + conferenceId + "/vote:" + position,
              "how="
                  + vote.headChoice()
                  + "; unit="
                  + decision.unit()
                  + "; note="
                  + decision.note());
          return null;
        });
  }

  /** Reopens a closed round; only with a reason, which the minutes tell. */
  public void reopenRound(RoundRef ref, String reason) {
    String why = Text.optional(reason);
    if (why == null) {
      throw new InvalidInputException(List.of(Problem.of("reason", "vote.reasonNeeded")));
    }
    tx.inTransaction(
        () -> {
          RoundRecord r = rounds.round(ref);
          if (r.status() != RoundStatus.CLOSED) {
            throw new InvalidInputException(List.of(Problem.of("round", "vote.roundNotClosed")));
          }
          List<RoundRecord> all = votes.rounds(ref.conferenceId(), ref.vote());
          if (all.get(all.size() - 1).ref().round() != ref.round()) {
            throw new InvalidInputException(List.of(Problem.of("round", "vote.laterRoundExists")));
          }
          votes.reopen(ref, why, clock.instant());
          audit.record(
              ref.conferenceId(),
              "ROUND_REOPENED",
              ref.toString(),
              "reason=" + why + "; was=" + describe(r.stored()) + rounds.state(ref));
          return null;
        });
  }

  /** Records the chair's choice among the tied of a closed round, with the reason. */
  public void decideTie(RoundRef ref, List<String> chosen, String reason) {
    String why = Text.optional(reason);
    if (why == null) {
      throw new InvalidInputException(List.of(Problem.of("reason", "vote.reasonNeeded")));
    }
    tx.inTransaction(
        () -> {
          RoundRecord r = rounds.round(ref);
          if (r.status() != RoundStatus.CLOSED || r.stored().tied().isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("round", "vote.noTie")));
          }
          List<String> picked =
              chosen.stream().map(u -> Text.required(u, "unit")).distinct().toList();
          if (!r.stored().tied().containsAll(picked) || picked.size() != r.stored().seatsLeft()) {
            throw new InvalidInputException(
                List.of(Problem.of("chosen", "vote.tieChoice", r.stored().seatsLeft())));
          }
          if (!r.chairChoice().isEmpty()) {
            throw new InvalidInputException(List.of(Problem.of("round", "vote.tieDecided")));
          }
          votes.decideTie(ref, picked, why, clock.instant());
          audit.record(
              ref.conferenceId(),
              "TIE_DECIDED",
              ref.toString(),
              "chosen=" + String.join(" | ", picked) + "; reason=" + why + rounds.state(ref));
          return null;
        });
  }

  public RoundRecord round(RoundRef ref) {
    return tx.read(() -> rounds.round(ref));
  }

  /** Every vote of the conference with its rounds, in agenda order. */
  public List<VoteOutcome> outcomes(long conferenceId) {
    return tx.read(() -> rounds.outcomes(conferenceId, rounds.conference(conferenceId)));
  }

  /** Every vote's results, for the {@code results} command and the documents. */
  public ConferenceResults results(long conferenceId) {
    return tx.read(
        () -> {
          Conference c = rounds.conference(conferenceId);
          return ResultsReport.of(conferenceId, c, rounds.outcomes(conferenceId, c));
        });
  }

  /** The live result of an open round, or null while its entries have errors. */
  public RoundResult liveResult(RoundRef ref) {
    return tx.read(
        () -> {
          RoundRecord r = rounds.round(ref);
          return r.currentResult();
        });
  }

  static String describe(RoundResult result) {
    if (result == null) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    result
        .options()
        .forEach(o -> parts.add(o.option() + ":" + o.votesFor() + "/" + o.share().whole()));
    return String.join(" | ", parts);
  }
}
