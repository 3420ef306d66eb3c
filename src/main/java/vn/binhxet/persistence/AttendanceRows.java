package vn.binhxet.persistence;

import static vn.binhxet.persistence.RoundReader.at;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE_MEMBER;
import static vn.binhxet.persistence.jooq.Tables.PARTICIPANT;
import static vn.binhxet.persistence.jooq.Tables.UNIT;
import static vn.binhxet.persistence.jooq.Tables.UNIT_ATTENDANCE;
import static vn.binhxet.persistence.jooq.Tables.VOTE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.binhxet.domain.vote.CheckIn;
import vn.binhxet.domain.vote.HeadDecision;

/** Who was present, when, and the heads chosen without a vote: the attendance side of the votes. */
final class AttendanceRows {
  private final DSLContext dsl;
  private final VoteIds ids;

  AttendanceRows(DSLContext dsl, VoteIds ids) {
    this.dsl = dsl;
    this.ids = ids;
  }

  Optional<HeadDecision> headDecision(long conferenceId, int vote) {
    var r =
        dsl.select(UNIT.NAME, VOTE.DECISION_NOTE)
            .from(VOTE)
            .join(UNIT)
            .on(UNIT.ID.eq(VOTE.DECIDED_UNIT_ID))
            .where(VOTE.ID.eq(ids.vote(conferenceId, vote)))
            .fetchOne();
    return r == null ? Optional.empty() : Optional.of(new HeadDecision(r.value1(), r.value2()));
  }

  /** The recorded rotations and appointments of a conference, by vote position. */
  Map<Integer, HeadDecision> headDecisions(long conferenceId) {
    Map<Integer, HeadDecision> out = new LinkedHashMap<>();
    dsl.select(VOTE.POSITION, UNIT.NAME, VOTE.DECISION_NOTE)
        .from(VOTE)
        .join(UNIT)
        .on(UNIT.ID.eq(VOTE.DECIDED_UNIT_ID))
        .where(VOTE.CONFERENCE_ID.eq(conferenceId))
        .orderBy(VOTE.POSITION)
        .forEach(r -> out.put(r.value1(), new HeadDecision(r.value2(), r.value3())));
    return out;
  }

  void setHeadDecision(long conferenceId, int vote, HeadDecision decision, Instant at) {
    dsl.update(VOTE)
        .set(VOTE.DECIDED_UNIT_ID, ids.unit(conferenceId, decision.unit()))
        .set(VOTE.DECISION_NOTE, decision.note())
        .where(VOTE.ID.eq(ids.vote(conferenceId, vote)))
        .execute();
  }

  Map<Integer, Instant> delegatesPresent(long conferenceId) {
    Map<Integer, Instant> out = new LinkedHashMap<>();
    dsl.select(PARTICIPANT.POSITION, PARTICIPANT.CHECKED_IN_AT)
        .from(PARTICIPANT)
        .where(
            PARTICIPANT.CONFERENCE_ID.eq(conferenceId).and(PARTICIPANT.CHECKED_IN_AT.isNotNull()))
        .orderBy(PARTICIPANT.POSITION)
        .forEach(r -> out.put(r.value1(), r.value2().toInstant()));
    return out;
  }

  void setDelegatePresent(long conferenceId, int position, Instant at) {
    int changed =
        dsl.update(PARTICIPANT)
            .set(PARTICIPANT.CHECKED_IN_AT, at == null ? null : at(at))
            .where(
                PARTICIPANT.CONFERENCE_ID.eq(conferenceId).and(PARTICIPANT.POSITION.eq(position)))
            .execute();
    if (changed != 1) {
      throw new IllegalArgumentException("no participant " + position);
    }
  }

  /**
   * Checks many participants in (or out, for a null time) at once, as {@link #setDelegatePresent}
   * would one by one: participants are found by conference only, so each single update reads the
   * whole conference's list; here it is read once and each row is updated by its key.
   */
  void setDelegatesPresent(long conferenceId, Map<Integer, Instant> at) {
    if (at.isEmpty()) {
      return;
    }
    Map<Integer, Long> idByPosition =
        dsl.select(PARTICIPANT.POSITION, PARTICIPANT.ID)
            .from(PARTICIPANT)
            .where(PARTICIPANT.CONFERENCE_ID.eq(conferenceId))
            .fetchMap(PARTICIPANT.POSITION, PARTICIPANT.ID);
    var batch =
        dsl.batch(
            dsl.update(PARTICIPANT)
                .set(PARTICIPANT.CHECKED_IN_AT, (OffsetDateTime) null)
                .where(PARTICIPANT.ID.eq((Long) null)));
    for (Map.Entry<Integer, Instant> e : at.entrySet()) {
      Long id = idByPosition.get(e.getKey());
      if (id == null) {
        throw new IllegalArgumentException("no participant " + e.getKey());
      }
      batch = batch.bind(e.getValue() == null ? null : at(e.getValue()), id);
    }
    batch.execute();
  }

  Map<String, Boolean> attendance(long conferenceId) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    dsl.select(UNIT.NAME, UNIT_ATTENDANCE.PRESENT)
        .from(UNIT_ATTENDANCE)
        .join(UNIT)
        .on(UNIT.ID.eq(UNIT_ATTENDANCE.UNIT_ID))
        .where(UNIT_ATTENDANCE.CONFERENCE_ID.eq(conferenceId))
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  void setAttendance(long conferenceId, String unit, boolean present, Instant at) {
    long unitId = ids.unit(conferenceId, unit);
    OffsetDateTime when = at(at);
    dsl.mergeInto(UNIT_ATTENDANCE)
        .using(dsl.selectOne())
        .on(UNIT_ATTENDANCE.CONFERENCE_ID.eq(conferenceId).and(UNIT_ATTENDANCE.UNIT_ID.eq(unitId)))
        .whenMatchedThenUpdate()
        .set(UNIT_ATTENDANCE.PRESENT, present)
        .set(UNIT_ATTENDANCE.CHANGED_AT, when)
        .whenNotMatchedThenInsert(
            UNIT_ATTENDANCE.CONFERENCE_ID,
            UNIT_ATTENDANCE.UNIT_ID,
            UNIT_ATTENDANCE.PRESENT,
            UNIT_ATTENDANCE.CHANGED_AT)
        .values(conferenceId, unitId, present, when)
        .execute();
  }

  List<CheckIn> checkIns(long conferenceId) {
    return dsl.select(UNIT.NAME, UNIT_ATTENDANCE.PRESENT, UNIT_ATTENDANCE.CHANGED_AT)
        .from(UNIT_ATTENDANCE)
        .join(UNIT)
        .on(UNIT.ID.eq(UNIT_ATTENDANCE.UNIT_ID))
        .leftJoin(CONFERENCE_MEMBER)
        .on(
            CONFERENCE_MEMBER
                .CONFERENCE_ID
                .eq(UNIT_ATTENDANCE.CONFERENCE_ID)
                .and(CONFERENCE_MEMBER.UNIT_ID.eq(UNIT.ID)))
        .where(UNIT_ATTENDANCE.CONFERENCE_ID.eq(conferenceId))
        .orderBy(CONFERENCE_MEMBER.POSITION, UNIT.NAME)
        .fetch(r -> new CheckIn(r.value1(), r.value2(), r.value3().toInstant()));
  }
}
