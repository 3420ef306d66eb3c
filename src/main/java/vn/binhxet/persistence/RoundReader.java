package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.BALLOT;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_ACCOUNTING;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_INVALID;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_TOTAL;
import static vn.binhxet.persistence.jooq.Tables.CHAIR_CHOICE;
import static vn.binhxet.persistence.jooq.Tables.HANDS_RAISED;
import static vn.binhxet.persistence.jooq.Tables.HANDS_TALLY;
import static vn.binhxet.persistence.jooq.Tables.ROUND_OPTION;
import static vn.binhxet.persistence.jooq.Tables.ROUND_RESULT;
import static vn.binhxet.persistence.jooq.Tables.UNIT;
import static vn.binhxet.persistence.jooq.Tables.VOTE;
import static vn.binhxet.persistence.jooq.Tables.VOTE_OPTION;
import static vn.binhxet.persistence.jooq.Tables.VOTE_ROUND;
import static vn.binhxet.persistence.jooq.Tables.VOTE_RULE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundHead;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundSetup;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.Share;

/**
 * Reads rounds and everything entered in them back into the domain. However many rounds a call
 * reads (one, a vote's, a whole conference's), it asks each table once: opening a conference used
 * to cost some fifteen queries per round.
 */
final class RoundReader {
  private final DSLContext dsl;

  RoundReader(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The rounds that {@code which} (a condition on VOTE and VOTE_ROUND) selects, in vote order. */
  List<RoundRecord> read(Condition which) {
    Map<Long, Row> rows = rounds(which);
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, String> names = optionNames(which);
    options(which, rows, names);
    from(HANDS_TALLY, HANDS_TALLY.ROUND_ID, which)
        .orderBy(HANDS_TALLY.ROUND_ID, HANDS_TALLY.OPTION_ID)
        .forEach(
            r ->
                rows.get(r.get(HANDS_TALLY.ROUND_ID))
                    .hands
                    .put(
                        names.get(r.get(HANDS_TALLY.OPTION_ID)),
                        new HandsCount(
                            r.get(HANDS_TALLY.FOR_COUNT),
                            r.get(HANDS_TALLY.AGAINST_COUNT),
                            r.get(HANDS_TALLY.ABSTAIN_COUNT))));
    dsl.select(HANDS_RAISED.ROUND_ID, HANDS_RAISED.OPTION_ID, UNIT.NAME, HANDS_RAISED.CHOICE)
        .from(HANDS_RAISED)
        .join(UNIT)
        .on(UNIT.ID.eq(HANDS_RAISED.UNIT_ID))
        .join(VOTE_ROUND)
        .on(VOTE_ROUND.ID.eq(HANDS_RAISED.ROUND_ID))
        .join(VOTE)
        .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
        .where(which)
        .orderBy(HANDS_RAISED.ROUND_ID, HANDS_RAISED.OPTION_ID, HANDS_RAISED.UNIT_ID)
        .forEach(
            r ->
                rows.get(r.value1())
                    .raised
                    .computeIfAbsent(names.get(r.value2()), k -> new LinkedHashMap<>())
                    .put(r.value3(), Choice.valueOf(r.value4())));
    from(BALLOT_ACCOUNTING, BALLOT_ACCOUNTING.ROUND_ID, which)
        .forEach(
            r -> {
              Row row = rows.get(r.get(BALLOT_ACCOUNTING.ROUND_ID));
              row.issued = r.get(BALLOT_ACCOUNTING.ISSUED);
              row.collected = r.get(BALLOT_ACCOUNTING.COLLECTED);
            });
    from(BALLOT_INVALID, BALLOT_INVALID.ROUND_ID, which)
        .forEach(
            r ->
                rows.get(r.get(BALLOT_INVALID.ROUND_ID))
                    .invalid
                    .put(
                        InvalidReason.valueOf(r.get(BALLOT_INVALID.REASON)),
                        r.get(BALLOT_INVALID.COUNT)));
    from(BALLOT_TOTAL, BALLOT_TOTAL.ROUND_ID, which)
        .orderBy(BALLOT_TOTAL.ROUND_ID, BALLOT_TOTAL.OPTION_ID)
        .forEach(
            r -> {
              Row row = rows.get(r.get(BALLOT_TOTAL.ROUND_ID));
              String name = names.get(r.get(BALLOT_TOTAL.OPTION_ID));
              row.votesFor.put(name, r.get(BALLOT_TOTAL.VOTES_FOR));
              if (r.get(BALLOT_TOTAL.VOTES_AGAINST) != null) {
                row.votesAgainst.put(name, r.get(BALLOT_TOTAL.VOTES_AGAINST));
              }
            });
    dsl.select(CHAIR_CHOICE.ROUND_ID, UNIT.NAME)
        .from(CHAIR_CHOICE)
        .join(UNIT)
        .on(UNIT.ID.eq(CHAIR_CHOICE.UNIT_ID))
        .join(VOTE_ROUND)
        .on(VOTE_ROUND.ID.eq(CHAIR_CHOICE.ROUND_ID))
        .join(VOTE)
        .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
        .where(which)
        .orderBy(CHAIR_CHOICE.ROUND_ID, UNIT.NAME)
        .forEach(r -> rows.get(r.value1()).chosen.add(r.value2()));
    ballots(which, rows, names);
    from(ROUND_RESULT, ROUND_RESULT.ROUND_ID, which)
        .orderBy(ROUND_RESULT.ROUND_ID, ROUND_RESULT.RANK)
        .forEach(
            r ->
                rows.get(r.get(ROUND_RESULT.ROUND_ID))
                    .results
                    .add(
                        new Stored(
                            names.get(r.get(ROUND_RESULT.OPTION_ID)), r.into(ROUND_RESULT))));

    return rows.values().stream().map(Row::toRecord).toList();
  }

  /**
   * The round {@code roundId} without its entries (one row each from the round, its options and
   * accounting, and a count of its ballots): what an entry checks before it writes.
   */
  Optional<RoundHead> head(long roundId) {
    Condition which = VOTE_ROUND.ID.eq(roundId);
    Row row = rounds(which).get(roundId);
    if (row == null) {
      return Optional.empty();
    }
    options(which, Map.of(roundId, row), optionNames(which));
    Integer collected =
        dsl.select(BALLOT_ACCOUNTING.COLLECTED)
            .from(BALLOT_ACCOUNTING)
            .where(BALLOT_ACCOUNTING.ROUND_ID.eq(roundId))
            .fetchOne(BALLOT_ACCOUNTING.COLLECTED);
    int[] entered = new int[3];
    dsl.select(BALLOT.ENTRY_PASS, DSL.count())
        .from(BALLOT)
        .where(BALLOT.ROUND_ID.eq(roundId))
        .groupBy(BALLOT.ENTRY_PASS)
        .forEach(r -> entered[r.value1()] = r.value2());
    return Optional.of(
        new RoundHead(
            row.ref,
            row.setup(),
            EntryMode.valueOf(row.round.getEntryMode()),
            RoundStatus.valueOf(row.round.getStatus()),
            collected == null ? 0 : collected,
            entered[1],
            entered[2]));
  }

  /** The selected rounds' own rows, with their rules, in vote order; their entries still empty. */
  private Map<Long, Row> rounds(Condition which) {
    Map<Long, Row> rows = new LinkedHashMap<>();
    dsl.select(VOTE_ROUND.fields())
        .select(VOTE.CONFERENCE_ID, VOTE.POSITION)
        .select(VOTE_RULE.fields())
        .from(VOTE_ROUND)
        .join(VOTE)
        .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
        .join(VOTE_RULE)
        .on(VOTE_RULE.ID.eq(VOTE.RULE_ID))
        .where(which)
        .orderBy(VOTE.POSITION, VOTE_ROUND.NUMBER)
        .forEach(
            r -> {
              var round = r.into(VOTE_ROUND);
              rows.put(
                  round.getId(),
                  new Row(
                      new RoundRef(
                          r.get(VOTE.CONFERENCE_ID), r.get(VOTE.POSITION), round.getNumber()),
                      round,
                      RuleRows.toRule(r.into(VOTE_RULE))));
            });
    return rows;
  }

  private void options(Condition which, Map<Long, Row> rows, Map<Long, String> names) {

    from(ROUND_OPTION, ROUND_OPTION.ROUND_ID, which)
        .orderBy(ROUND_OPTION.ROUND_ID, VOTE_OPTION.POSITION)
        .forEach(
            r ->
                rows.get(r.get(ROUND_OPTION.ROUND_ID))
                    .options
                    .add(names.get(r.get(ROUND_OPTION.OPTION_ID))));
  }

  /**
   * The names of the options of every vote with a selected round: a candidate's unit name, a label,
   * or for the motion's own option the vote's subject.
   */
  private Map<Long, String> optionNames(Condition which) {
    Map<Long, String> out = new HashMap<>();
    dsl.select(VOTE_OPTION.ID, VOTE_OPTION.LABEL, UNIT.NAME, VOTE.SUBJECT)
        .from(VOTE_OPTION)
        .join(VOTE)
        .on(VOTE.ID.eq(VOTE_OPTION.VOTE_ID))
        .leftJoin(UNIT)
        .on(UNIT.ID.eq(VOTE_OPTION.UNIT_ID))
        .where(
            VOTE_OPTION.VOTE_ID.in(
                dsl.select(VOTE_ROUND.VOTE_ID)
                    .from(VOTE_ROUND)
                    .join(VOTE)
                    .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
                    .where(which)))
        .forEach(r -> out.put(r.value1(), VoteIds.optionName(r.value3(), r.value2(), r.value4())));
    return out;
  }

  /**
   * The single ballots: thousands of rows in a large conference, read on every entry, so they are
   * read column by column from the result set rather than mapped into records.
   */
  private void ballots(Condition which, Map<Long, Row> rows, Map<Long, String> names) {
    try (ResultSet b =
        dsl.select(
                BALLOT.ID,
                BALLOT.ROUND_ID,
                BALLOT.ENTRY_PASS,
                BALLOT.SEQ,
                BALLOT.INVALID_REASON,
                BALLOT.FOR_OPTIONS,
                BALLOT.AGAINST_OPTIONS)
            .from(BALLOT)
            .join(VOTE_ROUND)
            .on(VOTE_ROUND.ID.eq(BALLOT.ROUND_ID))
            .join(VOTE)
            .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
            .where(which)
            .orderBy(BALLOT.ROUND_ID, BALLOT.ENTRY_PASS, BALLOT.SEQ)
            .fetchResultSet()) {
      while (b.next()) {
        long id = b.getLong(1);
        Row row = rows.get(b.getLong(2));
        int seq = b.getInt(4);
        String invalid = b.getString(5);
        Ballot ballot;
        if (invalid != null) {
          ballot = Ballot.invalid(seq, InvalidReason.valueOf(invalid));
        } else {
          ballot =
              Ballot.valid(
                  seq,
                  BallotMarks.read(b.getArray(6), b.getArray(7)).byName(names, row.options, id));
        }
        (b.getShort(3) == 1 ? row.first : row.second).add(ballot);
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading ballots", e);
    }
  }

  /** Every column of {@code table}, for the selected rounds. */
  private SelectConditionStep<Record> from(Table<?> table, Field<Long> roundId, Condition which) {
    var select = dsl.select(table.fields()).from(table);
    var joined =
        table == ROUND_OPTION
            ? select.join(VOTE_OPTION).on(VOTE_OPTION.ID.eq(ROUND_OPTION.OPTION_ID))
            : select;
    return joined
        .join(VOTE_ROUND)
        .on(VOTE_ROUND.ID.eq(roundId))
        .join(VOTE)
        .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
        .where(which);
  }

  /** An option's stored result, with the option's name. */
  private record Stored(
      String option, vn.binhxet.persistence.jooq.tables.records.RoundResultRecord row) {}

  /** A round while its rows are gathered. */
  private static final class Row {
    final RoundRef ref;
    final vn.binhxet.persistence.jooq.tables.records.VoteRoundRecord round;
    final VoteRule rule;
    final List<String> options = new ArrayList<>();
    final Map<String, HandsCount> hands = new LinkedHashMap<>();
    final Map<String, Map<String, Choice>> raised = new LinkedHashMap<>();
    int issued;
    int collected;
    final Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
    final Map<String, Integer> votesFor = new LinkedHashMap<>();
    final Map<String, Integer> votesAgainst = new LinkedHashMap<>();
    final List<String> chosen = new ArrayList<>();
    final List<Ballot> first = new ArrayList<>();
    final List<Ballot> second = new ArrayList<>();
    final List<Stored> results = new ArrayList<>();

    Row(
        RoundRef ref,
        vn.binhxet.persistence.jooq.tables.records.VoteRoundRecord round,
        VoteRule rule) {
      this.ref = ref;
      this.round = round;
      this.rule = rule;
    }

    RoundSetup setup() {
      return new RoundSetup(
          round.getNumber(),
          rule,
          VotingMethod.valueOf(round.getMethod()),
          round.getSeats(),
          round.getVotersEntitled(),
          round.getVotersPresent(),
          options);
    }

    RoundRecord toRecord() {
      RoundSetup setup = setup();
      RoundStatus status = RoundStatus.valueOf(round.getStatus());
      return new RoundRecord(
          ref,
          setup,
          EntryMode.valueOf(round.getEntryMode()),
          status,
          round.getOpenedAt().toInstant(),
          round.getClosedAt() == null ? null : round.getClosedAt().toInstant(),
          new HandsTally(hands),
          raised,
          new BallotTally(issued, collected, invalid, votesFor, votesAgainst),
          first,
          second,
          status == RoundStatus.CLOSED ? stored(setup) : null,
          round.getChairDecision(),
          chosen);
    }

    private RoundResult stored(RoundSetup setup) {
      List<OptionResult> out = new ArrayList<>();
      List<String> nominated = new ArrayList<>();
      List<String> tied = new ArrayList<>();
      long base = round.getBase();
      for (Stored stored : results) {
        String name = stored.option();
        var x = stored.row();
        out.add(
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
      }
      return new RoundResult(
          setup.number(),
          round.getQuorumMet(),
          new Share(setup.votersPresent(), setup.votersEntitled()),
          base,
          out,
          nominated,
          tied,
          tied.isEmpty() ? 0 : setup.seats() - nominated.size());
    }
  }

  static OffsetDateTime at(java.time.Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }
}
