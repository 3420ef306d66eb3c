package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.AGENDA_STEP;
import static vn.binhxet.persistence.jooq.Tables.AWARD_CATEGORY;
import static vn.binhxet.persistence.jooq.Tables.CLUSTER;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE_MEMBER;
import static vn.binhxet.persistence.jooq.Tables.PARTICIPANT;
import static vn.binhxet.persistence.jooq.Tables.UNIT;
import static vn.binhxet.persistence.jooq.Tables.VOTE;
import static vn.binhxet.persistence.jooq.Tables.VOTE_OPTION;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;

/** Writes a new conference: cluster and units (reused by name), people, awards, votes, agenda. */
final class ConferenceWriter {
  private final DSLContext dsl;

  ConferenceWriter(DSLContext dsl) {
    this.dsl = dsl;
  }

  long create(Conference c, Instant createdAt) {
    OffsetDateTime now = createdAt.atOffset(ZoneOffset.UTC);
    long clusterId = clusterId(c.clusterName(), now);
    Map<String, Long> units = units(clusterId, c.members());
    long id =
        dsl.insertInto(CONFERENCE)
            .set(CONFERENCE.CLUSTER_ID, clusterId)
            .set(CONFERENCE.REVIEW_YEAR, c.reviewYear())
            .set(CONFERENCE.TITLE, c.title())
            .set(CONFERENCE.HELD_ON, c.heldOn())
            .set(CONFERENCE.STARTS_AT, c.startsAt())
            .set(CONFERENCE.PLACE, c.place())
            .set(
                CONFERENCE.HOST_UNIT_ID,
                c.hostUnitName() == null ? null : units.get(c.hostUnitName()))
            .set(CONFERENCE.DOCUMENT_STYLE, c.header().style().name())
            .set(CONFERENCE.ISSUING_BODY_UPPER, c.header().issuingBodyUpper())
            .set(CONFERENCE.ISSUING_BODY_LOWER, c.header().issuingBodyLower())
            .set(CONFERENCE.DOCUMENT_NUMBER, c.header().documentNumber())
            .set(CONFERENCE.DATE_PLACE_NAME, c.header().datePlaceName())
            .set(CONFERENCE.DISTRIBUTION, c.distribution())
            .set(CONFERENCE.STATUS, ConferenceStatus.PREPARING.name())
            .set(CONFERENCE.ILLUSTRATIVE, c.illustrative())
            .set(CONFERENCE.CREATED_AT, now)
            .returning(CONFERENCE.ID)
            .fetchOne()
            .getId();
    int position = 0;
    for (Unit u : c.members()) {
      dsl.insertInto(CONFERENCE_MEMBER)
          .set(CONFERENCE_MEMBER.CONFERENCE_ID, id)
          .set(CONFERENCE_MEMBER.UNIT_ID, units.get(u.name()))
          .set(CONFERENCE_MEMBER.POSITION, ++position)
          .execute();
    }
    participants(id, c.participants(), units);
    Map<Integer, Long> awards = awards(id, c.awards());
    List<Long> votes = votes(id, c.votes(), awards, units);
    agenda(id, c.agenda(), votes);
    return id;
  }

  private long clusterId(String name, OffsetDateTime now) {
    Long existing =
        dsl.select(CLUSTER.ID).from(CLUSTER).where(CLUSTER.NAME.eq(name)).fetchOne(CLUSTER.ID);
    if (existing != null) {
      return existing;
    }
    return dsl.insertInto(CLUSTER)
        .set(CLUSTER.NAME, name)
        .set(CLUSTER.CREATED_AT, now)
        .returning(CLUSTER.ID)
        .fetchOne()
        .getId();
  }

  /** The units of the year, by name; units already known in the cluster keep their row. */
  private Map<String, Long> units(long clusterId, List<Unit> members) {
    Map<String, Long> ids = new HashMap<>();
    for (Unit u : members) {
      ids.put(u.name(), unitId(dsl, clusterId, u));
    }
    return ids;
  }

  /** The cluster's row for the unit of this name, made when the cluster has none. */
  static long unitId(DSLContext dsl, long clusterId, Unit u) {
    Long id =
        dsl.select(UNIT.ID)
            .from(UNIT)
            .where(UNIT.CLUSTER_ID.eq(clusterId).and(UNIT.NAME.eq(u.name())))
            .fetchOne(UNIT.ID);
    if (id != null) {
      return id;
    }
    return dsl.insertInto(UNIT)
        .set(UNIT.CLUSTER_ID, clusterId)
        .set(UNIT.NAME, u.name())
        .set(UNIT.SHORT_NAME, u.shortName())
        .returning(UNIT.ID)
        .fetchOne()
        .getId();
  }

  private void participants(long conferenceId, List<Participant> people, Map<String, Long> units) {
    int position = 0;
    for (Participant p : people) {
      dsl.insertInto(PARTICIPANT)
          .set(PARTICIPANT.CONFERENCE_ID, conferenceId)
          .set(PARTICIPANT.KIND, p.kind().name())
          .set(PARTICIPANT.FULL_NAME, p.fullName())
          .set(PARTICIPANT.TITLE, p.title())
          .set(PARTICIPANT.UNIT_ID, p.unitName() == null ? null : units.get(p.unitName()))
          .set(PARTICIPANT.ORGANISATION, p.organisation())
          .set(PARTICIPANT.ROLE, p.role().name())
          .set(PARTICIPANT.ENTITLED_TO_VOTE, p.entitledToVote())
          .set(PARTICIPANT.POSITION, ++position)
          .execute();
    }
  }

  /**
   * Awards by rank. An award whose pool is another award's nominees is written after that award,
   * which may rank below it (a Government flag chosen among the provincial-flag nominees).
   */
  private Map<Integer, Long> awards(long conferenceId, List<AwardCategory> awards) {
    Map<Integer, Long> ids = new HashMap<>();
    List<AwardCategory> left = new ArrayList<>(awards);
    while (!left.isEmpty()) {
      boolean progress = false;
      for (var it = left.iterator(); it.hasNext(); ) {
        AwardCategory a = it.next();
        Integer source = a.pool().sourceRank();
        if (source != null && !ids.containsKey(source)) {
          continue;
        }
        long ruleId = RuleRows.insert(dsl, a.rule());
        long id =
            dsl.insertInto(AWARD_CATEGORY)
                .set(AWARD_CATEGORY.CONFERENCE_ID, conferenceId)
                .set(AWARD_CATEGORY.NAME, a.name())
                .set(AWARD_CATEGORY.RANK, a.rank())
                .set(AWARD_CATEGORY.QUOTA, a.quota())
                .set(AWARD_CATEGORY.DEFAULT_METHOD, a.method().name())
                .set(AWARD_CATEGORY.RULE_ID, ruleId)
                .set(AWARD_CATEGORY.POOL, a.pool().kind().name())
                .set(
                    AWARD_CATEGORY.POOL_AWARD_ID,
                    a.pool().kind() == CandidatePool.Kind.NOMINEES_OF ? ids.get(source) : null)
                .returning(AWARD_CATEGORY.ID)
                .fetchOne()
                .getId();
        ids.put(a.rank(), id);
        it.remove();
        progress = true;
      }
      if (!progress) {
        throw new IllegalArgumentException("award pools refer to each other in a circle");
      }
    }
    return ids;
  }

  private List<Long> votes(
      long conferenceId, List<Vote> votes, Map<Integer, Long> awards, Map<String, Long> units) {
    List<Long> ids = new ArrayList<>();
    for (Vote v : votes) {
      long ruleId = RuleRows.insert(dsl, v.rule());
      long id =
          dsl.insertInto(VOTE)
              .set(VOTE.CONFERENCE_ID, conferenceId)
              .set(VOTE.KIND, v.kind().name())
              .set(VOTE.AWARD_ID, v.awardRank() == null ? null : awards.get(v.awardRank()))
              .set(VOTE.SUBJECT, v.subject())
              .set(VOTE.METHOD, v.method().name())
              .set(VOTE.SEATS, v.seats())
              .set(VOTE.HEAD_CHOICE, v.headChoice() == null ? null : v.headChoice().name())
              .set(VOTE.RULE_ID, ruleId)
              .set(VOTE.VISIBILITY, v.visibility().name())
              .set(VOTE.POSITION, ids.size() + 1)
              .returning(VOTE.ID)
              .fetchOne()
              .getId();
      ids.add(id);
      if (v.kind() == VoteKind.MOTION) {
        // A motion: its one option is the motion itself.
        dsl.insertInto(VOTE_OPTION)
            .set(VOTE_OPTION.VOTE_ID, id)
            .set(VOTE_OPTION.POSITION, 1)
            .execute();
      }
      int position = 0;
      for (String candidate : v.candidates()) {
        dsl.insertInto(VOTE_OPTION)
            .set(VOTE_OPTION.VOTE_ID, id)
            .set(VOTE_OPTION.UNIT_ID, units.get(candidate))
            .set(VOTE_OPTION.POSITION, ++position)
            .execute();
      }
    }
    return ids;
  }

  private void agenda(long conferenceId, List<AgendaStep> steps, List<Long> votes) {
    int position = 0;
    for (AgendaStep s : steps) {
      dsl.insertInto(AGENDA_STEP)
          .set(AGENDA_STEP.CONFERENCE_ID, conferenceId)
          .set(AGENDA_STEP.POSITION, ++position)
          .set(AGENDA_STEP.KIND, s.kind().name())
          .set(AGENDA_STEP.TITLE, s.title())
          .set(
              AGENDA_STEP.VOTE_ID,
              s.votePosition() == null ? null : votes.get(s.votePosition() - 1))
          .set(AGENDA_STEP.NOTES, s.notes())
          .execute();
    }
  }
}
