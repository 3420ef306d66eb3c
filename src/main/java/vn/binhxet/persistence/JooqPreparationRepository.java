package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.AGENDA_STEP;
import static vn.binhxet.persistence.jooq.Tables.AWARD_CATEGORY;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE;
import static vn.binhxet.persistence.jooq.Tables.CONFERENCE_MEMBER;
import static vn.binhxet.persistence.jooq.Tables.PARTICIPANT;
import static vn.binhxet.persistence.jooq.Tables.UNIT;
import static vn.binhxet.persistence.jooq.Tables.UNIT_ATTENDANCE;
import static vn.binhxet.persistence.jooq.Tables.VOTE;
import static vn.binhxet.persistence.jooq.Tables.VOTE_OPTION;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.PreparationRepository;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;

public final class JooqPreparationRepository implements PreparationRepository {
  private final DSLContext dsl;
  private final VoteIds ids;
  private final Positions positions;

  public JooqPreparationRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.ids = new VoteIds(dsl);
    this.positions = new Positions(dsl);
  }

  // --- units ---

  @Override
  public void addMember(long conferenceId, Unit unit) {
    long cluster = ids.clusterOf(conferenceId);
    long id = ConferenceWriter.unitId(dsl, cluster, unit);
    if (unit.shortName() != null) {
      dsl.update(UNIT)
          .set(UNIT.SHORT_NAME, unit.shortName())
          .where(UNIT.ID.eq(id).and(UNIT.SHORT_NAME.isNull()))
          .execute();
    }
    dsl.insertInto(CONFERENCE_MEMBER)
        .set(CONFERENCE_MEMBER.CONFERENCE_ID, conferenceId)
        .set(CONFERENCE_MEMBER.UNIT_ID, id)
        .set(
            CONFERENCE_MEMBER.POSITION,
            positions.next(CONFERENCE_MEMBER.POSITION, memberOf(conferenceId)))
        .execute();
  }

  @Override
  public void changeMember(long conferenceId, String name, Unit changed) {
    new UnitRenaming(dsl, ids).rename(conferenceId, name, changed);
  }

  @Override
  public void orderMembers(long conferenceId, List<String> names) {
    int position = 0;
    for (String name : names) {
      dsl.update(CONFERENCE_MEMBER)
          .set(CONFERENCE_MEMBER.POSITION, ++position)
          .where(
              memberOf(conferenceId)
                  .and(CONFERENCE_MEMBER.UNIT_ID.eq(ids.unit(conferenceId, name))))
          .execute();
    }
  }

  @Override
  public void removeMember(long conferenceId, String name) {
    long id = ids.unit(conferenceId, name);
    var votes = DSL.select(VOTE.ID).from(VOTE).where(VOTE.CONFERENCE_ID.eq(conferenceId));
    dsl.deleteFrom(UNIT_ATTENDANCE)
        .where(UNIT_ATTENDANCE.CONFERENCE_ID.eq(conferenceId).and(UNIT_ATTENDANCE.UNIT_ID.eq(id)))
        .execute();
    dsl.deleteFrom(VOTE_OPTION)
        .where(VOTE_OPTION.VOTE_ID.in(votes).and(VOTE_OPTION.UNIT_ID.eq(id)))
        .execute();
    dsl.deleteFrom(CONFERENCE_MEMBER)
        .where(memberOf(conferenceId).and(CONFERENCE_MEMBER.UNIT_ID.eq(id)))
        .execute();
    positions.renumber(
        CONFERENCE_MEMBER,
        CONFERENCE_MEMBER.UNIT_ID,
        CONFERENCE_MEMBER.POSITION,
        memberOf(conferenceId),
        memberOf(conferenceId));
  }

  private static org.jooq.Condition memberOf(long conferenceId) {
    return CONFERENCE_MEMBER.CONFERENCE_ID.eq(conferenceId);
  }

  // --- people ---

  @Override
  public void addParticipant(long conferenceId, Participant p) {
    dsl.insertInto(PARTICIPANT)
        .set(PARTICIPANT.CONFERENCE_ID, conferenceId)
        .set(PARTICIPANT.KIND, p.kind().name())
        .set(PARTICIPANT.FULL_NAME, p.fullName())
        .set(PARTICIPANT.TITLE, p.title())
        .set(
            PARTICIPANT.UNIT_ID, p.unitName() == null ? null : ids.unit(conferenceId, p.unitName()))
        .set(PARTICIPANT.ORGANISATION, p.organisation())
        .set(PARTICIPANT.ROLE, p.role().name())
        .set(PARTICIPANT.ENTITLED_TO_VOTE, p.entitledToVote())
        .set(
            PARTICIPANT.POSITION,
            positions.next(PARTICIPANT.POSITION, PARTICIPANT.CONFERENCE_ID.eq(conferenceId)))
        .execute();
  }

  @Override
  public void changeParticipant(long conferenceId, int position, Participant p) {
    dsl.update(PARTICIPANT)
        .set(PARTICIPANT.KIND, p.kind().name())
        .set(PARTICIPANT.FULL_NAME, p.fullName())
        .set(PARTICIPANT.TITLE, p.title())
        .set(
            PARTICIPANT.UNIT_ID, p.unitName() == null ? null : ids.unit(conferenceId, p.unitName()))
        .set(PARTICIPANT.ORGANISATION, p.organisation())
        .set(PARTICIPANT.ROLE, p.role().name())
        .set(PARTICIPANT.ENTITLED_TO_VOTE, p.entitledToVote())
        .where(participantAt(conferenceId, position))
        .execute();
  }

  @Override
  public void moveParticipant(long conferenceId, int from, int to) {
    positions.move(
        PARTICIPANT,
        PARTICIPANT.ID,
        PARTICIPANT.POSITION,
        PARTICIPANT.CONFERENCE_ID.eq(conferenceId),
        from,
        to);
  }

  @Override
  public void removeParticipant(long conferenceId, int position) {
    dsl.deleteFrom(PARTICIPANT).where(participantAt(conferenceId, position)).execute();
    positions.closeGap(
        PARTICIPANT, PARTICIPANT.POSITION, PARTICIPANT.CONFERENCE_ID.eq(conferenceId), position);
  }

  private static org.jooq.Condition participantAt(long conferenceId, int position) {
    return PARTICIPANT.CONFERENCE_ID.eq(conferenceId).and(PARTICIPANT.POSITION.eq(position));
  }

  // --- awards and votes ---

  @Override
  public void addAward(long conferenceId, AwardCategory a) {
    long ruleId = RuleRows.insert(dsl, a.rule());
    dsl.insertInto(AWARD_CATEGORY)
        .set(AWARD_CATEGORY.CONFERENCE_ID, conferenceId)
        .set(AWARD_CATEGORY.NAME, a.name())
        .set(AWARD_CATEGORY.RANK, a.rank())
        .set(AWARD_CATEGORY.QUOTA, a.quota())
        .set(AWARD_CATEGORY.DEFAULT_METHOD, a.method().name())
        .set(AWARD_CATEGORY.RULE_ID, ruleId)
        .set(AWARD_CATEGORY.POOL, a.pool().kind().name())
        .set(AWARD_CATEGORY.POOL_AWARD_ID, poolSource(conferenceId, a.pool()))
        .execute();
  }

  @Override
  public void changeAward(long conferenceId, int rank, AwardCategory a) {
    long ruleId =
        dsl.select(AWARD_CATEGORY.RULE_ID)
            .from(AWARD_CATEGORY)
            .where(awardAt(conferenceId, rank))
            .fetchOne(AWARD_CATEGORY.RULE_ID);
    RuleRows.update(dsl, ruleId, a.rule());
    dsl.update(AWARD_CATEGORY)
        .set(AWARD_CATEGORY.NAME, a.name())
        .set(AWARD_CATEGORY.QUOTA, a.quota())
        .set(AWARD_CATEGORY.DEFAULT_METHOD, a.method().name())
        .set(AWARD_CATEGORY.POOL, a.pool().kind().name())
        .set(AWARD_CATEGORY.POOL_AWARD_ID, poolSource(conferenceId, a.pool()))
        .where(awardAt(conferenceId, rank))
        .execute();
  }

  private Long poolSource(long conferenceId, CandidatePool pool) {
    if (pool.kind() != CandidatePool.Kind.NOMINEES_OF) {
      return null;
    }
    return award(conferenceId, pool.sourceRank());
  }

  private long award(long conferenceId, int rank) {
    Long id =
        dsl.select(AWARD_CATEGORY.ID)
            .from(AWARD_CATEGORY)
            .where(awardAt(conferenceId, rank))
            .fetchOne(AWARD_CATEGORY.ID);
    if (id == null) {
      throw new IllegalArgumentException("no award of rank " + rank);
    }
    return id;
  }

  private static org.jooq.Condition awardAt(long conferenceId, int rank) {
    return AWARD_CATEGORY.CONFERENCE_ID.eq(conferenceId).and(AWARD_CATEGORY.RANK.eq(rank));
  }

  @Override
  public void rankAwards(long conferenceId, List<Integer> ranks) {
    List<Long> awards = new ArrayList<>();
    for (int rank : ranks) {
      awards.add(award(conferenceId, rank));
    }
    // Ranks are unique in a conference: step aside first, then take the new ranks.
    dsl.update(AWARD_CATEGORY)
        .set(AWARD_CATEGORY.RANK, AWARD_CATEGORY.RANK.neg())
        .where(AWARD_CATEGORY.CONFERENCE_ID.eq(conferenceId))
        .execute();
    for (int i = 0; i < awards.size(); i++) {
      dsl.update(AWARD_CATEGORY)
          .set(AWARD_CATEGORY.RANK, i + 1)
          .where(AWARD_CATEGORY.ID.eq(awards.get(i)))
          .execute();
    }
  }

  @Override
  public void removeAward(long conferenceId, int rank) {
    long id = award(conferenceId, rank);
    Long ruleId =
        dsl.select(AWARD_CATEGORY.RULE_ID)
            .from(AWARD_CATEGORY)
            .where(AWARD_CATEGORY.ID.eq(id))
            .fetchOne(AWARD_CATEGORY.RULE_ID);
    dsl.deleteFrom(AWARD_CATEGORY).where(AWARD_CATEGORY.ID.eq(id)).execute();
    dsl.deleteFrom(vn.binhxet.persistence.jooq.Tables.VOTE_RULE)
        .where(vn.binhxet.persistence.jooq.Tables.VOTE_RULE.ID.eq(ruleId))
        .execute();
  }

  @Override
  public int addVote(long conferenceId, Vote v) {
    int position = positions.next(VOTE.POSITION, VOTE.CONFERENCE_ID.eq(conferenceId));
    long ruleId = RuleRows.insert(dsl, v.rule());
    long id =
        dsl.insertInto(VOTE)
            .set(VOTE.CONFERENCE_ID, conferenceId)
            .set(VOTE.KIND, v.kind().name())
            .set(VOTE.AWARD_ID, v.awardRank() == null ? null : award(conferenceId, v.awardRank()))
            .set(VOTE.SUBJECT, v.subject())
            .set(VOTE.METHOD, v.method().name())
            .set(VOTE.SEATS, v.seats())
            .set(VOTE.HEAD_CHOICE, v.headChoice() == null ? null : v.headChoice().name())
            .set(VOTE.RULE_ID, ruleId)
            .set(VOTE.VISIBILITY, v.visibility().name())
            .set(VOTE.POSITION, position)
            .returning(VOTE.ID)
            .fetchOne()
            .getId();
    if (v.kind() == VoteKind.MOTION) {
      dsl.insertInto(VOTE_OPTION)
          .set(VOTE_OPTION.VOTE_ID, id)
          .set(VOTE_OPTION.POSITION, 1)
          .execute();
    }
    int option = 0;
    for (String candidate : v.candidates()) {
      dsl.insertInto(VOTE_OPTION)
          .set(VOTE_OPTION.VOTE_ID, id)
          .set(VOTE_OPTION.UNIT_ID, ids.unit(conferenceId, candidate))
          .set(VOTE_OPTION.POSITION, ++option)
          .execute();
    }
    return position;
  }

  @Override
  public void changeVote(long conferenceId, int position, Vote v) {
    long id = ids.vote(conferenceId, position);
    long ruleId = dsl.select(VOTE.RULE_ID).from(VOTE).where(VOTE.ID.eq(id)).fetchOne(VOTE.RULE_ID);
    RuleRows.update(dsl, ruleId, v.rule());
    dsl.update(VOTE)
        .set(VOTE.SUBJECT, v.subject())
        .set(VOTE.METHOD, v.method().name())
        .set(VOTE.SEATS, v.seats())
        .set(VOTE.HEAD_CHOICE, v.headChoice() == null ? null : v.headChoice().name())
        .set(VOTE.VISIBILITY, v.visibility().name())
        .where(VOTE.ID.eq(id))
        .execute();
  }

  @Override
  public void removeVote(long conferenceId, int position) {
    long id = ids.vote(conferenceId, position);
    long ruleId = dsl.select(VOTE.RULE_ID).from(VOTE).where(VOTE.ID.eq(id)).fetchOne(VOTE.RULE_ID);
    dsl.update(AGENDA_STEP)
        .set(AGENDA_STEP.VOTE_ID, (Long) null)
        .where(AGENDA_STEP.VOTE_ID.eq(id))
        .execute();
    dsl.deleteFrom(VOTE_OPTION).where(VOTE_OPTION.VOTE_ID.eq(id)).execute();
    dsl.deleteFrom(VOTE).where(VOTE.ID.eq(id)).execute();
    dsl.deleteFrom(vn.binhxet.persistence.jooq.Tables.VOTE_RULE)
        .where(vn.binhxet.persistence.jooq.Tables.VOTE_RULE.ID.eq(ruleId))
        .execute();
    positions.closeGap(VOTE, VOTE.POSITION, VOTE.CONFERENCE_ID.eq(conferenceId), position);
  }

  // --- agenda ---

  @Override
  public void addStep(long conferenceId, int position, AgendaStep s) {
    dsl.update(AGENDA_STEP)
        .set(AGENDA_STEP.POSITION, AGENDA_STEP.POSITION.plus(1))
        .where(AGENDA_STEP.CONFERENCE_ID.eq(conferenceId).and(AGENDA_STEP.POSITION.ge(position)))
        .execute();
    dsl.insertInto(AGENDA_STEP)
        .set(AGENDA_STEP.CONFERENCE_ID, conferenceId)
        .set(AGENDA_STEP.POSITION, position)
        .set(AGENDA_STEP.KIND, s.kind().name())
        .set(AGENDA_STEP.TITLE, s.title())
        .set(
            AGENDA_STEP.VOTE_ID,
            s.votePosition() == null ? null : ids.vote(conferenceId, s.votePosition()))
        .set(AGENDA_STEP.NOTES, s.notes())
        .execute();
  }

  @Override
  public void changeStep(long conferenceId, int position, AgendaStep s) {
    dsl.update(AGENDA_STEP)
        .set(AGENDA_STEP.KIND, s.kind().name())
        .set(AGENDA_STEP.TITLE, s.title())
        .set(
            AGENDA_STEP.VOTE_ID,
            s.votePosition() == null ? null : ids.vote(conferenceId, s.votePosition()))
        .where(stepAt(conferenceId, position))
        .execute();
  }

  @Override
  public void moveStep(long conferenceId, int from, int to) {
    positions.move(
        AGENDA_STEP,
        AGENDA_STEP.ID,
        AGENDA_STEP.POSITION,
        AGENDA_STEP.CONFERENCE_ID.eq(conferenceId),
        from,
        to);
  }

  @Override
  public void removeStep(long conferenceId, int position) {
    dsl.deleteFrom(AGENDA_STEP).where(stepAt(conferenceId, position)).execute();
    positions.closeGap(
        AGENDA_STEP, AGENDA_STEP.POSITION, AGENDA_STEP.CONFERENCE_ID.eq(conferenceId), position);
  }

  private static org.jooq.Condition stepAt(long conferenceId, int position) {
    return AGENDA_STEP.CONFERENCE_ID.eq(conferenceId).and(AGENDA_STEP.POSITION.eq(position));
  }

  @Override
  public void setHeader(long conferenceId, DocumentHeader h, String distribution) {
    dsl.update(CONFERENCE)
        .set(CONFERENCE.DOCUMENT_STYLE, h.style().name())
        .set(CONFERENCE.ISSUING_BODY_UPPER, h.issuingBodyUpper())
        .set(CONFERENCE.ISSUING_BODY_LOWER, h.issuingBodyLower())
        .set(CONFERENCE.DOCUMENT_NUMBER, h.documentNumber())
        .set(CONFERENCE.DATE_PLACE_NAME, h.datePlaceName())
        .set(CONFERENCE.DISTRIBUTION, distribution)
        .where(CONFERENCE.ID.eq(conferenceId))
        .execute();
  }
}
