package vn.binhxet.domain.vote;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where rounds and their entries are kept. Each call joins the caller's transaction. Entries are
 * never silently overwritten: the services log every change to the audit trail before making it.
 */
public interface VoteRepository {
  List<RoundRecord> rounds(long conferenceId, int vote);

  /**
   * Every round of a conference, by vote position (votes without rounds absent), read at once: one
   * query per table, not per round.
   */
  Map<Integer, List<RoundRecord>> roundsByVote(long conferenceId);

  /** Every round stored, of every conference. */
  List<RoundRef> allRounds();

  Optional<RoundRecord> round(RoundRef ref);

  /** The round without its entries: its setup, status and how many ballots are in. */
  Optional<RoundHead> head(RoundRef ref);

  void open(RoundRef ref, RoundSetup setup, EntryMode mode, Instant at);

  void putHands(RoundRef ref, String option, HandsCount count, Instant at);

  void putRaised(RoundRef ref, String option, Map<String, Choice> hands, Instant at);

  void putAccounting(
      RoundRef ref, int issued, int collected, Map<InvalidReason, Integer> invalid, Instant at);

  void putBallotTotal(RoundRef ref, String option, int votesFor, Integer votesAgainst, Instant at);

  void addBallot(RoundRef ref, int pass, Ballot ballot, Instant at);

  /** Adds the ballots of entry {@code pass} in their order, as {@link #addBallot} one by one. */
  void addBallots(RoundRef ref, int pass, List<Ballot> ballots, Instant at);

  /**
   * Removes ballot {@code seq} of entry {@code pass}; returns what it was, for the audit log, or
   * empty when there is no such ballot.
   */
  Optional<String> removeBallot(RoundRef ref, int pass, int seq);

  /** Removes the entry made last in the round; returns what it was, for the audit log, or empty. */
  Optional<String> removeLastEntry(RoundRef ref);

  void close(RoundRef ref, RoundResult result, Instant at);

  void reopen(RoundRef ref, String reason, Instant at);

  void decideTie(RoundRef ref, List<String> chosen, String reason, Instant at);

  /** What the projector may show of the vote's result. */
  void setVisibility(long conferenceId, int vote, vn.binhxet.domain.ResultVisibility visibility);

  /** The recorded rotation or appointment of a head vote, if any. */
  java.util.Optional<HeadDecision> headDecision(long conferenceId, int vote);

  /** Every recorded rotation or appointment of a conference, by vote position. */
  Map<Integer, HeadDecision> headDecisions(long conferenceId);

  void setHeadDecision(long conferenceId, int vote, HeadDecision decision, Instant at);

  /**
   * Participants checked in, by their position (from 1) in the conference's list of participants,
   * with the time they arrived.
   */
  Map<Integer, Instant> delegatesPresent(long conferenceId);

  /** Checks a participant in at {@code at}, or out when {@code at} is null. */
  void setDelegatePresent(long conferenceId, int position, Instant at);

  /** {@link #setDelegatePresent} for many participants, by position, in one go. */
  void setDelegatesPresent(long conferenceId, Map<Integer, Instant> at);

  /** Units present, by name, as checked in. */
  Map<String, Boolean> attendance(long conferenceId);

  void setAttendance(long conferenceId, String unit, boolean present, Instant at);

  /** Units checked in or out, with the time of the last change, in the order of the members. */
  List<CheckIn> checkIns(long conferenceId);

  /** What happened to the round, oldest first: it was opened, closed, reopened, a tie decided. */
  List<RoundEvent> events(RoundRef ref);
}
