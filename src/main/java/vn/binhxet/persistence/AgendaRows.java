package vn.binhxet.persistence;

import static vn.binhxet.persistence.RoundReader.at;
import static vn.binhxet.persistence.jooq.Tables.AGENDA_STEP;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import vn.binhxet.domain.AgendaProgress;

/**
 * The agenda as the conference runs through it: notes, the current step, when each began and ended.
 */
final class AgendaRows {
  private final DSLContext dsl;

  AgendaRows(DSLContext dsl) {
    this.dsl = dsl;
  }

  void setNotes(long conferenceId, int position, String notes) {
    int changed =
        dsl.update(AGENDA_STEP)
            .set(AGENDA_STEP.NOTES, notes)
            .where(
                AGENDA_STEP.CONFERENCE_ID.eq(conferenceId).and(AGENDA_STEP.POSITION.eq(position)))
            .execute();
    if (changed != 1) {
      throw new IllegalArgumentException("no agenda step " + position);
    }
  }

  void setCurrentStep(long conferenceId, int position, Instant at) {
    Long step =
        dsl.select(AGENDA_STEP.ID)
            .from(AGENDA_STEP)
            .where(
                AGENDA_STEP.CONFERENCE_ID.eq(conferenceId).and(AGENDA_STEP.POSITION.eq(position)))
            .fetchOne(AGENDA_STEP.ID);
    if (step == null) {
      throw new IllegalArgumentException("no agenda step " + position);
    }
    Long current =
        dsl.select(CONFERENCE.CURRENT_STEP_ID)
            .from(CONFERENCE)
            .where(CONFERENCE.ID.eq(conferenceId))
            .fetchOne(CONFERENCE.CURRENT_STEP_ID);
    if (current != null && !current.equals(step)) {
      dsl.update(AGENDA_STEP)
          .set(AGENDA_STEP.ENDED_AT, at(at))
          .where(AGENDA_STEP.ID.eq(current))
          .execute();
    }
    dsl.update(AGENDA_STEP)
        .set(AGENDA_STEP.STARTED_AT, at(at))
        .where(AGENDA_STEP.ID.eq(step).and(AGENDA_STEP.STARTED_AT.isNull()))
        .execute();
    dsl.update(CONFERENCE)
        .set(CONFERENCE.CURRENT_STEP_ID, step)
        .where(CONFERENCE.ID.eq(conferenceId))
        .execute();
  }

  void endCurrentStep(long conferenceId, Instant at) {
    dsl.update(AGENDA_STEP)
        .set(AGENDA_STEP.ENDED_AT, at(at))
        .where(
            AGENDA_STEP.ID.eq(
                dsl.select(CONFERENCE.CURRENT_STEP_ID)
                    .from(CONFERENCE)
                    .where(CONFERENCE.ID.eq(conferenceId))))
        .execute();
  }

  void setStatus(long conferenceId, vn.binhxet.domain.ConferenceStatus status) {
    dsl.update(CONFERENCE)
        .set(CONFERENCE.STATUS, status.name())
        .where(CONFERENCE.ID.eq(conferenceId))
        .execute();
  }

  AgendaProgress progress(long conferenceId) {
    Long current =
        dsl.select(CONFERENCE.CURRENT_STEP_ID)
            .from(CONFERENCE)
            .where(CONFERENCE.ID.eq(conferenceId))
            .fetchOne(CONFERENCE.CURRENT_STEP_ID);
    Integer position = null;
    Map<Integer, Instant> started = new HashMap<>();
    Map<Integer, Instant> ended = new HashMap<>();
    for (var r :
        dsl.selectFrom(AGENDA_STEP).where(AGENDA_STEP.CONFERENCE_ID.eq(conferenceId)).fetch()) {
      if (r.getId().equals(current)) {
        position = r.getPosition();
      }
      if (r.getStartedAt() != null) {
        started.put(r.getPosition(), r.getStartedAt().toInstant());
      }
      if (r.getEndedAt() != null) {
        ended.put(r.getPosition(), r.getEndedAt().toInstant());
      }
    }
    return new AgendaProgress(position, started, ended);
  }
}
