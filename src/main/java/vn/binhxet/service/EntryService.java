package vn.binhxet.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.Checks;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundHead;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * Entering a round's votes, one entry at a time. Each entry is one durable transaction: it is
 * written, the round is checked as it now stands, and an error rolls the entry back so that nothing
 * is stored. Warnings come back to be shown beside the entry; they are confirmed when the round
 * closes. The round the last entry left is kept ({@link LastRound}), so that an entry of a round of
 * a thousand ballots costs what an entry of an empty one does.
 */
public final class EntryService {
  private final TransactionRunner tx;
  private final VoteRepository votes;
  private final AuditTrail audit;
  private final Clock clock;
  private final Rounds rounds;
  private final LastRound last = new LastRound();

  public EntryService(
      TransactionRunner tx,
      ConferenceRepository conferences,
      VoteRepository votes,
      AuditTrail audit,
      Clock clock) {
    this.tx = tx;
    this.votes = votes;
    this.audit = audit;
    this.clock = clock;
    this.rounds = new Rounds(conferences, votes);
  }

  public List<Finding> recordHands(RoundRef ref, String option, HandsCount count) {
    notNegative(option, count.votesFor(), count.against(), count.abstain());
    return entry(
        ref,
        EntryMode.HANDS,
        option,
        () -> votes.putHands(ref, option, count, clock.instant()),
        r -> r.withHands(option, count),
        "HANDS_RECORDED",
        "option="
            + option
            + "; for="
            + count.votesFor()
            + "; against="
            + count.against()
            + "; abstain="
            + count.abstain());
  }

  public List<Finding> recordRaisedHands(RoundRef ref, String option, Map<String, Choice> hands) {
    String who =
        hands.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .sorted()
            .collect(Collectors.joining(" | "));
    return entry(
        ref,
        EntryMode.HANDS_RAISED,
        option,
        () -> votes.putRaised(ref, option, hands, clock.instant()),
        null,
        "RAISED_HANDS_RECORDED",
        "option=" + option + "; hands=" + who);
  }

  /**
   * Ballots issued and collected, and the invalid ones by reason (totals and single-ballot modes).
   */
  public List<Finding> recordAccounting(
      RoundRef ref, int issued, int collected, Map<InvalidReason, Integer> invalid) {
    notNegative(null, issued, collected);
    notNegative(null, invalid.values().toArray(Integer[]::new));
    return entry(
        ref,
        null,
        null,
        () -> votes.putAccounting(ref, issued, collected, invalid, clock.instant()),
        null,
        "ACCOUNTING_RECORDED",
        "issued=" + issued + "; collected=" + collected + "; invalid=" + invalid);
  }

  public List<Finding> recordBallotTotal(
      RoundRef ref, String option, int votesFor, Integer votesAgainst) {
    notNegative(option, votesFor, votesAgainst);
    return entry(
        ref,
        EntryMode.BALLOT_TOTALS,
        option,
        () -> votes.putBallotTotal(ref, option, votesFor, votesAgainst, clock.instant()),
        null,
        "BALLOT_TOTAL_RECORDED",
        "option=" + option + "; for=" + votesFor + "; against=" + votesAgainst);
  }

  /**
   * One ballot of entry {@code pass} (1, or 2 for the blind second entry). Its marks are logged,
   * never who cast it: nothing links a ballot to a voter.
   */
  public List<Finding> recordBallot(RoundRef ref, int pass, Ballot ballot) {
    String marks = marks(ballot);
    return kept(
        tx.inTransaction(
            () -> {
              EntryStart start = start(ref);
              RoundHead before = start.head();
              if (!before.mode().singleBallots()
                  || pass < 1
                  || pass > (before.mode() == EntryMode.BALLOTS_TWICE ? 2 : 1)) {
                throw wrongMode();
              }
              int collected = before.collected();
              if (before.entered(pass) >= collected) {
                // A ballot beyond those collected cannot exist: the stack on the table is counted.
                throw new InvalidInputException(
                    List.of(Problem.of("ballots", "vote.allBallotsEntered", collected)));
              }
              notOnTheBallot(before, ballot);
              votes.addBallot(ref, pass, ballot, clock.instant());
              return checkBallots(
                  start.after(pass, ballot, () -> rounds.round(ref)),
                  start.tail(),
                  pass,
                  start.checked(pass) ? ballot : null,
                  start.counted(pass, ballot),
                  "BALLOT_RECORDED",
                  "pass=" + pass + "; seq=" + ballot.seq() + "; " + marks);
            }));
  }

  /**
   * Replaces ballot {@code ballot.seq()} of entry {@code pass} (or adds it where that entry lacks
   * it): the re-reading of a ballot the two blind entries disagree on. The audit log keeps what it
   * was.
   */
  public List<Finding> correctBallot(RoundRef ref, int pass, Ballot ballot) {
    return kept(
        tx.inTransaction(
            () -> {
              EntryStart start = start(ref);
              RoundHead before = start.head();
              if (before.mode() != EntryMode.BALLOTS_TWICE || pass < 1 || pass > 2) {
                throw wrongMode();
              }
              notOnTheBallot(before, ballot);
              String was =
                  votes.removeBallot(ref, pass, ballot.seq()).map(w -> "; was=" + w).orElse("");
              votes.addBallot(ref, pass, ballot, clock.instant());
              return checkBallots(
                  start.after(pass, ballot, () -> rounds.round(ref)),
                  start.tail(),
                  pass,
                  null,
                  null,
                  "BALLOT_CORRECTED",
                  "pass=" + pass + "; seq=" + ballot.seq() + "; " + marks(ballot) + was);
            }));
  }

  /**
   * Removes the last ballot of entry {@code pass}, whatever was entered since in the other pass or
   * the accounting: each typist undoes only their own ballots.
   */
  public Optional<Integer> undoLastBallot(RoundRef ref, int pass) {
    return tx.inTransaction(
        () -> {
          RoundRecord r = rounds.open(ref);
          if (!r.mode().singleBallots()) {
            throw wrongMode();
          }
          Optional<Integer> last =
              (pass == 1 ? r.first() : r.second()).stream().map(Ballot::seq).max(Integer::compare);
          last.ifPresent(
              seq ->
                  votes
                      .removeBallot(ref, pass, seq)
                      .ifPresent(
                          what ->
                              audit.record(
                                  ref.conferenceId(),
                                  "ENTRY_UNDONE",
                                  ref.toString(),
                                  what + rounds.state(ref))));
          return last;
        });
  }

  /**
   * @param added the ballot just added to those of {@code pass} when they were all checked before
   *     (only it is gone through), else null (all are)
   * @param counted the count of the ballots of {@code pass} before {@code added}, which comes after
   *     them all (it is added to the count), else null (they are all counted)
   */
  private Entered checkBallots(
      RoundDigest.Running after,
      Optional<AuditEntry.Link> tail,
      int pass,
      Ballot added,
      BallotTally counted,
      String action,
      String details) {
    RoundRecord r = after.round();
    List<Ballot> entered = pass == 1 ? r.first() : r.second();
    BallotTally tally =
        counted != null
            ? counted.plus(added)
            : BallotTally.fromBallots(r.accounting().issued(), r.setup().options(), entered);
    List<Finding> findings =
        added == null
            ? Checks.of(r.setup(), tally, null, entered)
            : Checks.ofAdded(r.setup(), tally, null, entered, added);
    return keepOrRefuse(findings, new LastRound.Known(after, pass, tally), tail, action, details);
  }

  private EntryStart start(RoundRef ref) {
    Optional<AuditEntry.Link> tail = audit.lastLink();
    Optional<LastRound.Known> known = last.of(ref, tail);
    return new EntryStart(
        tail,
        known,
        known
            .map(k -> Rounds.open(k.round().round().head()))
            .orElseGet(() -> rounds.openHead(ref)));
  }

  private static String marks(Ballot ballot) {
    return ballot.isValid()
        ? ballot.marks().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(" | "))
        : "invalid=" + ballot.invalid();
  }

  /** Removes the round's last entry; the audit log keeps what it was. */
  public Optional<String> undoLastEntry(RoundRef ref) {
    return tx.inTransaction(
        () -> {
          rounds.openHead(ref);
          Optional<String> removed = votes.removeLastEntry(ref);
          removed.ifPresent(
              what ->
                  audit.record(
                      ref.conferenceId(),
                      "ENTRY_UNDONE",
                      ref.toString(),
                      what + rounds.state(ref)));
          return removed;
        });
  }

  /**
   * @param inMemory what the write makes of the round, when that is simple enough to apply without
   *     reading it back (null: it is read back)
   */
  private List<Finding> entry(
      RoundRef ref,
      EntryMode mode,
      String option,
      Runnable write,
      UnaryOperator<RoundRecord> inMemory,
      String action,
      String details) {
    return kept(
        tx.inTransaction(
            () -> {
              EntryStart start = start(ref);
              RoundHead before = start.head();
              boolean accounting = mode == null;
              if (accounting
                  ? before.mode().method() != vn.binhxet.domain.VotingMethod.SECRET_BALLOT
                  : before.mode() != mode) {
                throw wrongMode();
              }
              if (option != null && !before.setup().options().contains(option)) {
                throw new EntryRefusedException(
                    List.of(Finding.of(vn.binhxet.domain.vote.Check.E11, option)));
              }
              write.run();
              RoundRecord after =
                  start.known().isPresent() && inMemory != null
                      ? inMemory.apply(start.known().get().round().round())
                      : rounds.round(ref);
              return keepOrRefuse(
                  Checks.of(after.setup(), after.tally(), null, after.ballots()),
                  new LastRound.Known(RoundDigest.Running.of(after), 0, null),
                  start.tail(),
                  action,
                  details);
            }));
  }

  /** An entry written and logged, not yet committed. */
  private record Entered(List<Finding> findings, LastRound.Known round, AuditEntry logged) {}

  /** After the commit: the round is kept for the next entry. */
  private List<Finding> kept(Entered entered) {
    last.keep(entered.round(), entered.logged());
    return entered.findings();
  }

  /**
   * Inside the entry's transaction: an error throws, so the entry is rolled back; else it is
   * logged.
   */
  private Entered keepOrRefuse(
      List<Finding> findings,
      LastRound.Known after,
      Optional<AuditEntry.Link> tail,
      String action,
      String details) {
    if (Checks.hasErrors(findings)) {
      throw new EntryRefusedException(findings.stream().filter(Finding::isError).toList());
    }
    RoundRef ref = after.round().round().ref();
    AuditEntry logged =
        audit.recordAfter(
            tail,
            ref.conferenceId(),
            action,
            ref.toString(),
            details + "; " + after.round().logged());
    return new Entered(findings, after, logged);
  }

  /**
   * The checks name a negative count (E09), but only after the entry is written, and the database's
   * own constraint refuses it first with a message of its own.
   */
  private static void notNegative(String option, Integer... counts) {
    for (Integer n : counts) {
      if (n != null && n < 0) {
        throw new EntryRefusedException(
            List.of(Finding.of(vn.binhxet.domain.vote.Check.E09, option)));
      }
    }
  }

  /** The checks name a mark off the ballot (E05), but storing it cannot even be tried. */
  private static void notOnTheBallot(RoundHead round, Ballot ballot) {
    for (String option : ballot.marks().keySet()) {
      if (!round.setup().options().contains(option)) {
        throw new EntryRefusedException(
            List.of(Finding.onBallot(vn.binhxet.domain.vote.Check.E05, ballot.seq(), option)));
      }
    }
  }

  private static InvalidInputException wrongMode() {
    return new InvalidInputException(List.of(Problem.of("round", "vote.wrongMode")));
  }
}
