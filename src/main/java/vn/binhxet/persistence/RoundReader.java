package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.BALLOT;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_ACCOUNTING;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_INVALID;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_MARK;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_TOTAL;
import static vn.binhxet.persistence.jooq.Tables.CHAIR_CHOICE;
import static vn.binhxet.persistence.jooq.Tables.HANDS_RAISED;
import static vn.binhxet.persistence.jooq.Tables.HANDS_TALLY;
import static vn.binhxet.persistence.jooq.Tables.ROUND_OPTION;
import static vn.binhxet.persistence.jooq.Tables.ROUND_RESULT;
import static vn.binhxet.persistence.jooq.Tables.UNIT;
import static vn.binhxet.persistence.jooq.Tables.VOTE;
import static vn.binhxet.persistence.jooq.Tables.VOTE_OPTION;
import static vn.binhxet.persistence.jooq.Tables.VOTE_RULE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundSetup;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.Share;
import vn.binhxet.persistence.jooq.tables.records.VoteRoundRecord;

/** Reads a round and everything entered in it back into the domain. */
final class RoundReader {
  private final DSLContext dsl;
  private final VoteIds ids;

  RoundReader(DSLContext dsl, VoteIds ids) {
    this.dsl = dsl;
    this.ids = ids;
  }

  RoundRecord read(RoundRef ref, VoteRoundRecord r) {
    long roundId = r.getId();
    long voteId = r.getVoteId();
    Map<Long, String> optionNames = new HashMap<>();
    ids.options(voteId).forEach((name, id) -> optionNames.put(id, name));
    List<String> options =
        dsl.select(ROUND_OPTION.OPTION_ID)
            .from(ROUND_OPTION)
            .join(VOTE_OPTION)
            .on(VOTE_OPTION.ID.eq(ROUND_OPTION.OPTION_ID))
            .where(ROUND_OPTION.ROUND_ID.eq(roundId))
            .orderBy(VOTE_OPTION.POSITION)
            .fetch(o -> optionNames.get(o.value1()));
    var rule =
        RuleRows.toRule(
            dsl.select(VOTE_RULE.fields())
                .from(VOTE_RULE)
                .join(VOTE)
                .on(VOTE.RULE_ID.eq(VOTE_RULE.ID))
                .where(VOTE.ID.eq(voteId))
                .fetchOne()
                .into(VOTE_RULE));
    RoundSetup setup =
        new RoundSetup(
            r.getNumber(),
            rule,
            VotingMethod.valueOf(r.getMethod()),
            r.getSeats(),
            r.getVotersEntitled(),
            r.getVotersPresent(),
            options);

    Map<String, HandsCount> hands = new LinkedHashMap<>();
    dsl.selectFrom(HANDS_TALLY)
        .where(HANDS_TALLY.ROUND_ID.eq(roundId))
        .forEach(
            h ->
                hands.put(
                    optionNames.get(h.getOptionId()),
                    new HandsCount(h.getForCount(), h.getAgainstCount(), h.getAbstainCount())));
    Map<String, Map<String, Choice>> raised = new LinkedHashMap<>();
    dsl.select(HANDS_RAISED.OPTION_ID, UNIT.NAME, HANDS_RAISED.CHOICE)
        .from(HANDS_RAISED)
        .join(UNIT)
        .on(UNIT.ID.eq(HANDS_RAISED.UNIT_ID))
        .where(HANDS_RAISED.ROUND_ID.eq(roundId))
        .forEach(
            h ->
                raised
                    .computeIfAbsent(optionNames.get(h.value1()), k -> new LinkedHashMap<>())
                    .put(h.value2(), Choice.valueOf(h.value3())));

    var acc =
        dsl.selectFrom(BALLOT_ACCOUNTING).where(BALLOT_ACCOUNTING.ROUND_ID.eq(roundId)).fetchOne();
    Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
    dsl.selectFrom(BALLOT_INVALID)
        .where(BALLOT_INVALID.ROUND_ID.eq(roundId))
        .forEach(i -> invalid.put(InvalidReason.valueOf(i.getReason()), i.getCount()));
    Map<String, Integer> votesFor = new LinkedHashMap<>();
    Map<String, Integer> votesAgainst = new LinkedHashMap<>();
    dsl.selectFrom(BALLOT_TOTAL)
        .where(BALLOT_TOTAL.ROUND_ID.eq(roundId))
        .forEach(
            t -> {
              votesFor.put(optionNames.get(t.getOptionId()), t.getVotesFor());
              if (t.getVotesAgainst() != null) {
                votesAgainst.put(optionNames.get(t.getOptionId()), t.getVotesAgainst());
              }
            });
    BallotTally accounting =
        new BallotTally(
            acc == null ? 0 : acc.getIssued(),
            acc == null ? 0 : acc.getCollected(),
            invalid,
            votesFor,
            votesAgainst);

    List<String> chosen =
        dsl.select(UNIT.NAME)
            .from(CHAIR_CHOICE)
            .join(UNIT)
            .on(UNIT.ID.eq(CHAIR_CHOICE.UNIT_ID))
            .where(CHAIR_CHOICE.ROUND_ID.eq(roundId))
            .orderBy(UNIT.NAME)
            .fetch(UNIT.NAME);

    RoundStatus status = RoundStatus.valueOf(r.getStatus());
    return new RoundRecord(
        ref,
        setup,
        EntryMode.valueOf(r.getEntryMode()),
        status,
        r.getOpenedAt().toInstant(),
        r.getClosedAt() == null ? null : r.getClosedAt().toInstant(),
        new HandsTally(hands),
        raised,
        accounting,
        ballots(roundId, 1, optionNames),
        ballots(roundId, 2, optionNames),
        status == RoundStatus.CLOSED ? stored(r, setup, optionNames) : null,
        r.getChairDecision(),
        chosen);
  }

  private List<Ballot> ballots(long roundId, int pass, Map<Long, String> optionNames) {
    Map<Long, Map<String, Mark>> marks = new HashMap<>();
    dsl.select(BALLOT_MARK.BALLOT_ID, BALLOT_MARK.OPTION_ID, BALLOT_MARK.MARK)
        .from(BALLOT_MARK)
        .join(BALLOT)
        .on(BALLOT.ID.eq(BALLOT_MARK.BALLOT_ID))
        .where(BALLOT.ROUND_ID.eq(roundId).and(BALLOT.ENTRY_PASS.eq((short) pass)))
        .forEach(
            m ->
                marks
                    .computeIfAbsent(m.value1(), k -> new LinkedHashMap<>())
                    .put(optionNames.get(m.value2()), Mark.valueOf(m.value3())));
    List<Ballot> out = new ArrayList<>();
    dsl.selectFrom(BALLOT)
        .where(BALLOT.ROUND_ID.eq(roundId).and(BALLOT.ENTRY_PASS.eq((short) pass)))
        .orderBy(BALLOT.SEQ)
        .forEach(
            b ->
                out.add(
                    b.getInvalidReason() == null
                        ? Ballot.valid(b.getSeq(), marks.getOrDefault(b.getId(), Map.of()))
                        : Ballot.invalid(b.getSeq(), InvalidReason.valueOf(b.getInvalidReason()))));
    return out;
  }

  private RoundResult stored(VoteRoundRecord r, RoundSetup setup, Map<Long, String> optionNames) {
    List<OptionResult> options = new ArrayList<>();
    List<String> nominated = new ArrayList<>();
    List<String> tied = new ArrayList<>();
    long base = r.getBase();
    dsl.selectFrom(ROUND_RESULT)
        .where(ROUND_RESULT.ROUND_ID.eq(r.getId()))
        .orderBy(ROUND_RESULT.RANK)
        .forEach(
            x -> {
              String name = optionNames.get(x.getOptionId());
              options.add(
                  new OptionResult(
                      name,
                      x.getVotesFor(),
                      null,
                      null,
                      new Share(x.getVotesFor(), base),
                      x.getPassed()));
              if (x.getNominated()) {
                nominated.add(name);
              }
              if (x.getTied()) {
                tied.add(name);
              }
            });
    return new RoundResult(
        setup.number(),
        r.getQuorumMet(),
        new Share(setup.votersPresent(), setup.votersEntitled()),
        base,
        options,
        nominated,
        tied,
        tied.isEmpty() ? 0 : setup.seats() - nominated.size());
  }

  static OffsetDateTime at(java.time.Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }
}
