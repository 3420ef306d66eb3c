package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.CHAIR_CHOICE;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE_MEMBER;
import static vn.binhxet.persistence.jooq.Tables.HANDS_RAISED;
import static vn.binhxet.persistence.jooq.Tables.PARTICIPANT;
import static vn.binhxet.persistence.jooq.Tables.UNIT;
import static vn.binhxet.persistence.jooq.Tables.UNIT_ATTENDANCE;
import static vn.binhxet.persistence.jooq.Tables.VOTE;
import static vn.binhxet.persistence.jooq.Tables.VOTE_OPTION;
import static vn.binhxet.persistence.jooq.Tables.VOTE_ROUND;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.binhxet.domain.Unit;

/**
 * Renaming a member unit. Units belong to the cluster and are shared by its conferences of every
 * year, so a new name either takes over a unit the cluster already knows by it, or, when another
 * conference still shows the old name, becomes a unit of its own that this conference points to.
 */
final class UnitRenaming {
  private final DSLContext dsl;
  private final VoteIds ids;

  UnitRenaming(DSLContext dsl, VoteIds ids) {
    this.dsl = dsl;
    this.ids = ids;
  }

  /** Unit {@code name} of the conference becomes {@code changed}. */
  void rename(long conferenceId, String name, Unit changed) {
    long cluster = ids.clusterOf(conferenceId);
    long id = ids.unit(conferenceId, name);
    Long existing =
        changed.name().equals(name)
            ? null
            : dsl.select(UNIT.ID)
                .from(UNIT)
                .where(UNIT.CLUSTER_ID.eq(cluster).and(UNIT.NAME.eq(changed.name())))
                .fetchOne(UNIT.ID);
    if (existing != null) {
      // A unit of that name is known to the cluster (a member of another year): take it.
      repoint(conferenceId, id, existing);
      if (!usedElsewhere(conferenceId, existing)) {
        setShortName(existing, changed.shortName());
      }
    } else if (usedElsewhere(conferenceId, id)) {
      // Another conference shows this unit under its old name, in its minutes too: keep it so.
      long fresh = ConferenceWriter.unitId(dsl, cluster, changed);
      setShortName(fresh, changed.shortName());
      repoint(conferenceId, id, fresh);
    } else {
      dsl.update(UNIT)
          .set(UNIT.NAME, changed.name())
          .set(UNIT.SHORT_NAME, changed.shortName())
          .where(UNIT.ID.eq(id))
          .execute();
    }
  }

  private void setShortName(long unitId, String shortName) {
    dsl.update(UNIT).set(UNIT.SHORT_NAME, shortName).where(UNIT.ID.eq(unitId)).execute();
  }

  private boolean usedElsewhere(long conferenceId, long unitId) {
    return dsl.fetchExists(
        CONFERENCE_MEMBER,
        CONFERENCE_MEMBER.UNIT_ID.eq(unitId).and(CONFERENCE_MEMBER.CONFERENCE_ID.ne(conferenceId)));
  }

  /** Everything this conference stored about unit {@code from} now names unit {@code to}. */
  private void repoint(long conferenceId, long from, long to) {
    var votes = DSL.select(VOTE.ID).from(VOTE).where(VOTE.CONFERENCE_ID.eq(conferenceId));
    var rounds = DSL.select(VOTE_ROUND.ID).from(VOTE_ROUND).where(VOTE_ROUND.VOTE_ID.in(votes));
    dsl.update(CONFERENCE_MEMBER)
        .set(CONFERENCE_MEMBER.UNIT_ID, to)
        .where(
            CONFERENCE_MEMBER
                .CONFERENCE_ID
                .eq(conferenceId)
                .and(CONFERENCE_MEMBER.UNIT_ID.eq(from)))
        .execute();
    dsl.update(CONFERENCE)
        .set(CONFERENCE.HOST_UNIT_ID, to)
        .where(CONFERENCE.ID.eq(conferenceId).and(CONFERENCE.HOST_UNIT_ID.eq(from)))
        .execute();
    dsl.update(PARTICIPANT)
        .set(PARTICIPANT.UNIT_ID, to)
        .where(PARTICIPANT.CONFERENCE_ID.eq(conferenceId).and(PARTICIPANT.UNIT_ID.eq(from)))
        .execute();
    dsl.update(UNIT_ATTENDANCE)
        .set(UNIT_ATTENDANCE.UNIT_ID, to)
        .where(UNIT_ATTENDANCE.CONFERENCE_ID.eq(conferenceId).and(UNIT_ATTENDANCE.UNIT_ID.eq(from)))
        .execute();
    dsl.update(VOTE_OPTION)
        .set(VOTE_OPTION.UNIT_ID, to)
        .where(VOTE_OPTION.VOTE_ID.in(votes).and(VOTE_OPTION.UNIT_ID.eq(from)))
        .execute();
    dsl.update(VOTE)
        .set(VOTE.DECIDED_UNIT_ID, to)
        .where(VOTE.CONFERENCE_ID.eq(conferenceId).and(VOTE.DECIDED_UNIT_ID.eq(from)))
        .execute();
    dsl.update(HANDS_RAISED)
        .set(HANDS_RAISED.UNIT_ID, to)
        .where(HANDS_RAISED.ROUND_ID.in(rounds).and(HANDS_RAISED.UNIT_ID.eq(from)))
        .execute();
    dsl.update(CHAIR_CHOICE)
        .set(CHAIR_CHOICE.UNIT_ID, to)
        .where(CHAIR_CHOICE.ROUND_ID.in(rounds).and(CHAIR_CHOICE.UNIT_ID.eq(from)))
        .execute();
  }
}
