package vn.binhxet.persistence;

import static vn.binhxet.persistence.RoundReader.at;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_ACCOUNTING;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_INVALID;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_TOTAL;
import static vn.binhxet.persistence.jooq.Tables.CHAIR_CHOICE;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE;
import static vn.binhxet.persistence.jooq.Tables.HANDS_RAISED;
import static vn.binhxet.persistence.jooq.Tables.HANDS_TALLY;
import static vn.binhxet.persistence.jooq.Tables.ROUND_EVENT;
import static vn.binhxet.persistence.jooq.Tables.ROUND_OPTION;
import static vn.binhxet.persistence.jooq.Tables.ROUND_RESULT;
import static vn.binhxet.persistence.jooq.Tables.VOTE;
import static vn.binhxet.persistence.jooq.Tables.VOTE_ROUND;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.CheckIn;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HeadDecision;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundEvent;
import vn.binhxet.domain.vote.RoundHead;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundSetup;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteRepository;

public final class JooqVoteRepository implements VoteRepository {
  private final DSLContext dsl;
  private final VoteIds ids;
  private final RoundReader reader;
  private final AttendanceRows attendance;
  private final BallotRows ballots;
  private final Prepared handsRemoved;
  private final Prepared handsAdded;

  public JooqVoteRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.ids = new VoteIds(dsl);
    this.reader = new RoundReader(dsl);
    this.attendance = new AttendanceRows(dsl, ids);
    this.ballots = new BallotRows(dsl, ids);
    // A show of hands is entered, and corrected, count by count: the statements every such entry
    // runs ({@link Prepared}).
    this.handsRemoved =
        new Prepared(
            dsl,
            dsl.deleteFrom(HANDS_TALLY)
                .where(
                    HANDS_TALLY
                        .ROUND_ID
                        .eq(Prepared.value(HANDS_TALLY.ROUND_ID))
                        .and(HANDS_TALLY.OPTION_ID.eq(Prepared.value(HANDS_TALLY.OPTION_ID)))));
    this.handsAdded =
        new Prepared(
            dsl,
            dsl.insertInto(HANDS_TALLY)
                .set(HANDS_TALLY.ROUND_ID, Prepared.value(HANDS_TALLY.ROUND_ID))
                .set(HANDS_TALLY.OPTION_ID, Prepared.value(HANDS_TALLY.OPTION_ID))
                .set(HANDS_TALLY.FOR_COUNT, Prepared.value(HANDS_TALLY.FOR_COUNT))
                .set(HANDS_TALLY.AGAINST_COUNT, Prepared.value(HANDS_TALLY.AGAINST_COUNT))
                .set(HANDS_TALLY.ABSTAIN_COUNT, Prepared.value(HANDS_TALLY.ABSTAIN_COUNT))
                .set(HANDS_TALLY.RECORDED_AT, Prepared.value(HANDS_TALLY.RECORDED_AT)));
  }

  @Override
  public List<RoundRecord> rounds(long conferenceId, int vote) {
    return reader.read(VOTE_ROUND.VOTE_ID.eq(ids.vote(conferenceId, vote)));
  }

  @Override
  public Map<Integer, List<RoundRecord>> roundsByVote(long conferenceId) {
    Map<Integer, List<RoundRecord>> out = new java.util.TreeMap<>();
    for (RoundRecord r : reader.read(VOTE.CONFERENCE_ID.eq(conferenceId))) {
      out.computeIfAbsent(r.ref().vote(), k -> new java.util.ArrayList<>()).add(r);
    }
    return out;
  }

  @Override
  public List<RoundRef> allRounds() {
    return dsl.select(VOTE.CONFERENCE_ID, VOTE.POSITION, VOTE_ROUND.NUMBER)
        .from(VOTE_ROUND)
        .join(VOTE)
        .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
        .orderBy(VOTE.CONFERENCE_ID, VOTE.POSITION, VOTE_ROUND.NUMBER)
        .fetch(r -> new RoundRef(r.value1(), r.value2(), r.value3()));
  }

  @Override
  public Optional<RoundRecord> round(RoundRef ref) {
    Long id = ids.round(ref);
    if (id == null) {
      return Optional.empty();
    }
    return reader.read(VOTE_ROUND.ID.eq(id)).stream().findFirst();
  }

  @Override
  public Optional<RoundHead> head(RoundRef ref) {
    Long id = ids.round(ref);
    if (id == null) {
      return Optional.empty();
    }
    return reader.head(id);
  }

  @Override
  public void open(RoundRef ref, RoundSetup setup, EntryMode mode, Instant at) {
    long voteId = ids.vote(ref.conferenceId(), ref.vote());
    long roundId =
        dsl.insertInto(VOTE_ROUND)
            .set(VOTE_ROUND.VOTE_ID, voteId)
            .set(VOTE_ROUND.NUMBER, ref.round())
            .set(VOTE_ROUND.METHOD, setup.method().name())
            .set(VOTE_ROUND.SEATS, setup.seats())
            .set(VOTE_ROUND.VOTERS_ENTITLED, setup.votersEntitled())
            .set(VOTE_ROUND.VOTERS_PRESENT, setup.votersPresent())
            .set(VOTE_ROUND.STATUS, RoundStatus.OPEN.name())
            .set(VOTE_ROUND.OPENED_AT, at(at))
            .set(VOTE_ROUND.ENTRY_MODE, mode.name())
            // A round of an illustrative conference (the demo) is illustrative too.
            .set(
                VOTE_ROUND.ILLUSTRATIVE,
                dsl.select(CONFERENCE.ILLUSTRATIVE)
                    .from(CONFERENCE)
                    .where(CONFERENCE.ID.eq(ref.conferenceId()))
                    .asField())
            .returning(VOTE_ROUND.ID)
            .fetchOne()
            .getId();
    for (String option : setup.options()) {
      dsl.insertInto(ROUND_OPTION)
          .set(ROUND_OPTION.ROUND_ID, roundId)
          .set(ROUND_OPTION.OPTION_ID, ids.option(ref.conferenceId(), voteId, option))
          .execute();
    }
    event(roundId, "OPENED", at, null);
  }

  @Override
  public void putHands(RoundRef ref, String option, HandsCount c, Instant at) {
    VoteIds.RoundKeys keys = ids.keys(ref);
    long roundId = keys.round();
    long optionId = keys.option(option);
    handsRemoved.execute(roundId, optionId);
    handsAdded.execute(roundId, optionId, c.votesFor(), c.against(), c.abstain(), at(at));
  }

  @Override
  public void putRaised(RoundRef ref, String option, Map<String, Choice> hands, Instant at) {
    VoteIds.RoundKeys keys = ids.keys(ref);
    long roundId = keys.round();
    long optionId = keys.option(option);
    dsl.deleteFrom(HANDS_RAISED)
        .where(HANDS_RAISED.ROUND_ID.eq(roundId).and(HANDS_RAISED.OPTION_ID.eq(optionId)))
        .execute();
    for (Map.Entry<String, Choice> e : hands.entrySet()) {
      dsl.insertInto(HANDS_RAISED)
          .set(HANDS_RAISED.ROUND_ID, roundId)
          .set(HANDS_RAISED.OPTION_ID, optionId)
          .set(HANDS_RAISED.UNIT_ID, ids.unit(ref.conferenceId(), e.getKey()))
          .set(HANDS_RAISED.CHOICE, e.getValue().name())
          .set(HANDS_RAISED.RECORDED_AT, at(at))
          .execute();
    }
  }

  @Override
  public void putAccounting(
      RoundRef ref, int issued, int collected, Map<InvalidReason, Integer> invalid, Instant at) {
    long roundId = ids.roundOrFail(ref);
    dsl.deleteFrom(BALLOT_INVALID).where(BALLOT_INVALID.ROUND_ID.eq(roundId)).execute();
    dsl.deleteFrom(BALLOT_ACCOUNTING).where(BALLOT_ACCOUNTING.ROUND_ID.eq(roundId)).execute();
    dsl.insertInto(BALLOT_ACCOUNTING)
        .set(BALLOT_ACCOUNTING.ROUND_ID, roundId)
        .set(BALLOT_ACCOUNTING.ISSUED, issued)
        .set(BALLOT_ACCOUNTING.COLLECTED, collected)
        .set(BALLOT_ACCOUNTING.RECORDED_AT, at(at))
        .execute();
    for (Map.Entry<InvalidReason, Integer> e : invalid.entrySet()) {
      dsl.insertInto(BALLOT_INVALID)
          .set(BALLOT_INVALID.ROUND_ID, roundId)
          .set(BALLOT_INVALID.REASON, e.getKey().name())
          .set(BALLOT_INVALID.COUNT, e.getValue())
          .execute();
    }
  }

  @Override
  public void putBallotTotal(
      RoundRef ref, String option, int votesFor, Integer votesAgainst, Instant at) {
    VoteIds.RoundKeys keys = ids.keys(ref);
    long roundId = keys.round();
    long optionId = keys.option(option);
    dsl.deleteFrom(BALLOT_TOTAL)
        .where(BALLOT_TOTAL.ROUND_ID.eq(roundId).and(BALLOT_TOTAL.OPTION_ID.eq(optionId)))
        .execute();
    dsl.insertInto(BALLOT_TOTAL)
        .set(BALLOT_TOTAL.ROUND_ID, roundId)
        .set(BALLOT_TOTAL.OPTION_ID, optionId)
        .set(BALLOT_TOTAL.VOTES_FOR, votesFor)
        .set(BALLOT_TOTAL.VOTES_AGAINST, votesAgainst)
        .set(BALLOT_TOTAL.RECORDED_AT, at(at))
        .execute();
  }

  @Override
  public void addBallot(RoundRef ref, int pass, Ballot ballot, Instant at) {
    ballots.add(ref, pass, ballot, at);
  }

  @Override
  public void addBallots(RoundRef ref, int pass, List<Ballot> all, Instant at) {
    ballots.addAll(ref, pass, all, at);
  }

  @Override
  public Optional<String> removeBallot(RoundRef ref, int pass, int seq) {
    return ballots.remove(ref, pass, seq);
  }

  @Override
  public Optional<String> removeLastEntry(RoundRef ref) {
    return new LastEntry(dsl, ids).remove(ref);
  }

  @Override
  public void close(RoundRef ref, RoundResult result, Instant at) {
    long roundId = ids.roundOrFail(ref);
    long voteId = ids.vote(ref.conferenceId(), ref.vote());
    Map<String, Long> optionIds = ids.options(voteId);
    dsl.deleteFrom(ROUND_RESULT).where(ROUND_RESULT.ROUND_ID.eq(roundId)).execute();
    int rank = 0;
    for (OptionResult o : result.options()) {
      dsl.insertInto(ROUND_RESULT)
          .set(ROUND_RESULT.ROUND_ID, roundId)
          .set(ROUND_RESULT.OPTION_ID, optionIds.get(o.option()))
          .set(ROUND_RESULT.RANK, ++rank)
          .set(ROUND_RESULT.VOTES_FOR, (int) o.votesFor())
          .set(ROUND_RESULT.PASSED, o.passed())
          .set(ROUND_RESULT.NOMINATED, result.nominated().contains(o.option()))
          .set(ROUND_RESULT.TIED, result.tied().contains(o.option()))
          .execute();
    }
    dsl.update(VOTE_ROUND)
        .set(VOTE_ROUND.STATUS, RoundStatus.CLOSED.name())
        .set(VOTE_ROUND.CLOSED_AT, at(at))
        .set(VOTE_ROUND.QUORUM_MET, result.quorumMet())
        .set(VOTE_ROUND.BASE, (int) result.base())
        .where(VOTE_ROUND.ID.eq(roundId))
        .execute();
    event(roundId, "CLOSED", at, null);
  }

  @Override
  public void reopen(RoundRef ref, String reason, Instant at) {
    long roundId = ids.roundOrFail(ref);
    dsl.deleteFrom(ROUND_RESULT).where(ROUND_RESULT.ROUND_ID.eq(roundId)).execute();
    dsl.deleteFrom(CHAIR_CHOICE).where(CHAIR_CHOICE.ROUND_ID.eq(roundId)).execute();
    dsl.update(VOTE_ROUND)
        .set(VOTE_ROUND.STATUS, RoundStatus.OPEN.name())
        .setNull(VOTE_ROUND.CLOSED_AT)
        .setNull(VOTE_ROUND.QUORUM_MET)
        .setNull(VOTE_ROUND.BASE)
        .setNull(VOTE_ROUND.CHAIR_DECISION)
        .where(VOTE_ROUND.ID.eq(roundId))
        .execute();
    event(roundId, "REOPENED", at, reason);
  }

  @Override
  public void decideTie(RoundRef ref, List<String> chosen, String reason, Instant at) {
    long roundId = ids.roundOrFail(ref);
    for (String unit : chosen) {
      dsl.insertInto(CHAIR_CHOICE)
          .set(CHAIR_CHOICE.ROUND_ID, roundId)
          .set(CHAIR_CHOICE.UNIT_ID, ids.unit(ref.conferenceId(), unit))
          .execute();
    }
    dsl.update(VOTE_ROUND)
        .set(VOTE_ROUND.CHAIR_DECISION, reason)
        .where(VOTE_ROUND.ID.eq(roundId))
        .execute();
    event(roundId, "CHAIR_DECISION", at, reason);
  }

  @Override
  public Optional<HeadDecision> headDecision(long conferenceId, int vote) {
    return attendance.headDecision(conferenceId, vote);
  }

  @Override
  public void setVisibility(
      long conferenceId, int vote, vn.binhxet.domain.ResultVisibility visibility) {
    dsl.update(VOTE)
        .set(VOTE.VISIBILITY, visibility.name())
        .where(VOTE.ID.eq(ids.vote(conferenceId, vote)))
        .execute();
  }

  @Override
  public Map<Integer, HeadDecision> headDecisions(long conferenceId) {
    return attendance.headDecisions(conferenceId);
  }

  @Override
  public void setHeadDecision(long conferenceId, int vote, HeadDecision decision, Instant at) {
    attendance.setHeadDecision(conferenceId, vote, decision, at);
  }

  @Override
  public Map<Integer, Instant> delegatesPresent(long conferenceId) {
    return attendance.delegatesPresent(conferenceId);
  }

  @Override
  public void setDelegatePresent(long conferenceId, int position, Instant at) {
    attendance.setDelegatePresent(conferenceId, position, at);
  }

  @Override
  public void setDelegatesPresent(long conferenceId, Map<Integer, Instant> at) {
    attendance.setDelegatesPresent(conferenceId, at);
  }

  @Override
  public Map<String, Boolean> attendance(long conferenceId) {
    return attendance.attendance(conferenceId);
  }

  @Override
  public void setAttendance(long conferenceId, String unit, boolean present, Instant at) {
    attendance.setAttendance(conferenceId, unit, present, at);
  }

  @Override
  public List<CheckIn> checkIns(long conferenceId) {
    return attendance.checkIns(conferenceId);
  }

  @Override
  public List<RoundEvent> events(RoundRef ref) {
    return dsl.selectFrom(ROUND_EVENT)
        .where(ROUND_EVENT.ROUND_ID.eq(ids.roundOrFail(ref)))
        .orderBy(ROUND_EVENT.ID)
        .fetch(
            e ->
                new RoundEvent(
                    RoundEvent.Kind.valueOf(e.getKind()), e.getAt().toInstant(), e.getReason()));
  }

  private void event(long roundId, String kind, Instant at, String reason) {
    dsl.insertInto(ROUND_EVENT)
        .set(ROUND_EVENT.ROUND_ID, roundId)
        .set(ROUND_EVENT.KIND, kind)
        .set(ROUND_EVENT.AT, at(at))
        .set(ROUND_EVENT.REASON, reason)
        .execute();
  }
}
