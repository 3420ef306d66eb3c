package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.CONFERENCE;
import static vn.binhxet.persistence.jooq.Tables.UNIT;
import static vn.binhxet.persistence.jooq.Tables.VOTE;
import static vn.binhxet.persistence.jooq.Tables.VOTE_OPTION;
import static vn.binhxet.persistence.jooq.Tables.VOTE_ROUND;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import vn.binhxet.domain.vote.RoundRef;

/**
 * From the domain's natural keys (a vote's position, a round's number, a unit's name) to row ids.
 */
final class VoteIds {
  private final DSLContext dsl;
  private final Prepared roundKeys;

  VoteIds(DSLContext dsl) {
    this.dsl = dsl;
    this.roundKeys =
        new Prepared(
            dsl,
            dsl.select(VOTE_ROUND.ID, VOTE_OPTION.ID, VOTE_OPTION.LABEL, UNIT.NAME, VOTE.SUBJECT)
                .from(VOTE_ROUND)
                .join(VOTE)
                .on(VOTE.ID.eq(VOTE_ROUND.VOTE_ID))
                .leftJoin(VOTE_OPTION)
                .on(VOTE_OPTION.VOTE_ID.eq(VOTE.ID))
                .leftJoin(UNIT)
                .on(UNIT.ID.eq(VOTE_OPTION.UNIT_ID))
                .where(
                    VOTE.CONFERENCE_ID
                        .eq(Prepared.value(VOTE.CONFERENCE_ID))
                        .and(VOTE.POSITION.eq(Prepared.value(VOTE.POSITION)))
                        .and(VOTE_ROUND.NUMBER.eq(Prepared.value(VOTE_ROUND.NUMBER))))
                .orderBy(VOTE_OPTION.POSITION));
  }

  long vote(long conferenceId, int position) {
    Long id =
        dsl.select(VOTE.ID)
            .from(VOTE)
            .where(VOTE.CONFERENCE_ID.eq(conferenceId).and(VOTE.POSITION.eq(position)))
            .fetchOne(VOTE.ID);
    if (id == null) {
      throw new IllegalArgumentException("no vote " + position + " in conference " + conferenceId);
    }
    return id;
  }

  Long round(RoundRef ref) {
    return dsl.select(VOTE_ROUND.ID)
        .from(VOTE_ROUND)
        .where(
            VOTE_ROUND
                .VOTE_ID
                .eq(vote(ref.conferenceId(), ref.vote()))
                .and(VOTE_ROUND.NUMBER.eq(ref.round())))
        .fetchOne(VOTE_ROUND.ID);
  }

  long roundOrFail(RoundRef ref) {
    Long id = round(ref);
    if (id == null) {
      throw new IllegalArgumentException("no round " + ref);
    }
    return id;
  }

  long clusterOf(long conferenceId) {
    return dsl.select(CONFERENCE.CLUSTER_ID)
        .from(CONFERENCE)
        .where(CONFERENCE.ID.eq(conferenceId))
        .fetchOne(CONFERENCE.CLUSTER_ID);
  }

  long unit(long conferenceId, String name) {
    Long id =
        dsl.select(UNIT.ID)
            .from(UNIT)
            .where(UNIT.CLUSTER_ID.eq(clusterOf(conferenceId)).and(UNIT.NAME.eq(name)))
            .fetchOne(UNIT.ID);
    if (id == null) {
      throw new IllegalArgumentException("no unit " + name);
    }
    return id;
  }

  /**
   * A vote's options by name: a candidate's unit name, or for the motion's own option (no unit) the
   * vote's subject.
   */
  Map<String, Long> options(long voteId) {
    String subject =
        dsl.select(VOTE.SUBJECT).from(VOTE).where(VOTE.ID.eq(voteId)).fetchOne(VOTE.SUBJECT);
    Map<String, Long> out = new LinkedHashMap<>();
    dsl.select(VOTE_OPTION.ID, VOTE_OPTION.LABEL, UNIT.NAME)
        .from(VOTE_OPTION)
        .leftJoin(UNIT)
        .on(UNIT.ID.eq(VOTE_OPTION.UNIT_ID))
        .where(VOTE_OPTION.VOTE_ID.eq(voteId))
        .orderBy(VOTE_OPTION.POSITION)
        .forEach(
            r -> {
              out.put(
                  optionName(r.get(UNIT.NAME), r.get(VOTE_OPTION.LABEL), subject),
                  r.get(VOTE_OPTION.ID));
            });
    return out;
  }

  /**
   * An option's name: its candidate unit's name, else its label, else (the motion's own option) the
   * vote's subject.
   */
  static String optionName(String unit, String label, String subject) {
    return unit != null ? unit : label != null ? label : subject;
  }

  /** A round's id and its vote's options by name: what an entry writes with. */
  record RoundKeys(RoundRef ref, long round, Map<String, Long> options) {
    /** The id of option {@code name}, which the round's vote must have. */
    long option(String name) {
      Long id = options.get(name);
      if (id == null) {
        throw new IllegalArgumentException("no option " + name + " in " + ref);
      }
      return id;
    }
  }

  /**
   * {@link #roundOrFail} and {@link #options} in one query, which every entry runs ({@link
   * Prepared}).
   */
  RoundKeys keys(RoundRef ref) {
    Long[] round = new Long[1];
    Map<String, Long> options = new LinkedHashMap<>();
    roundKeys.forEach(
        rs -> {
          round[0] = rs.getLong(1);
          Long option = rs.getObject(2, Long.class);
          if (option != null) {
            options.put(optionName(rs.getString(4), rs.getString(3), rs.getString(5)), option);
          }
        },
        ref.conferenceId(),
        ref.vote(),
        ref.round());
    if (round[0] == null) {
      throw new IllegalArgumentException("no round " + ref);
    }
    return new RoundKeys(ref, round[0], options);
  }

  /** The option of {@code name} in the vote, created for a candidate unit when first voted on. */
  long option(long conferenceId, long voteId, String name) {
    Long id = options(voteId).get(name);
    if (id != null) {
      return id;
    }
    int position = dsl.fetchCount(VOTE_OPTION, VOTE_OPTION.VOTE_ID.eq(voteId)) + 1;
    return dsl.insertInto(VOTE_OPTION)
        .set(VOTE_OPTION.VOTE_ID, voteId)
        .set(VOTE_OPTION.UNIT_ID, unit(conferenceId, name))
        .set(VOTE_OPTION.POSITION, position)
        .returning(VOTE_OPTION.ID)
        .fetchOne()
        .getId();
  }
}
