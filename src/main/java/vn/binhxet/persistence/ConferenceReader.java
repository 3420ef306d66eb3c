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
import static vn.binhxet.persistence.jooq.Tables.VOTE_RULE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.HeadChoice;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.persistence.jooq.tables.records.ConferenceRecord;

/** Reads conferences back into the domain. */
final class ConferenceReader {
  private final DSLContext dsl;

  ConferenceReader(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<ConferenceSummary> list() {
    return dsl.select(CONFERENCE.fields())
        .select(CLUSTER.NAME)
        .from(CONFERENCE)
        .join(CLUSTER)
        .on(CLUSTER.ID.eq(CONFERENCE.CLUSTER_ID))
        .orderBy(CONFERENCE.HELD_ON.desc(), CONFERENCE.ID.desc())
        .fetch(
            r ->
                new ConferenceSummary(
                    r.get(CONFERENCE.ID),
                    r.get(CONFERENCE.TITLE),
                    r.get(CLUSTER.NAME),
                    r.get(CONFERENCE.REVIEW_YEAR),
                    r.get(CONFERENCE.HELD_ON),
                    r.get(CONFERENCE.PLACE),
                    ConferenceStatus.valueOf(r.get(CONFERENCE.STATUS)),
                    r.get(CONFERENCE.ILLUSTRATIVE)));
  }

  List<String> clusterNames() {
    return dsl.select(CLUSTER.NAME).from(CLUSTER).orderBy(CLUSTER.NAME).fetch(CLUSTER.NAME);
  }

  /** The members of the cluster's latest conference of an earlier year. */
  List<Unit> membersBefore(String clusterName, int year) {
    Long latest =
        dsl.select(CONFERENCE.ID)
            .from(CONFERENCE)
            .join(CLUSTER)
            .on(CLUSTER.ID.eq(CONFERENCE.CLUSTER_ID))
            .where(CLUSTER.NAME.eq(clusterName).and(CONFERENCE.REVIEW_YEAR.lt(year)))
            .orderBy(CONFERENCE.REVIEW_YEAR.desc(), CONFERENCE.ID.desc())
            .limit(1)
            .fetchOne(CONFERENCE.ID);
    return latest == null ? List.of() : members(latest);
  }

  List<Unit> members(long conferenceId) {
    return dsl.select(UNIT.NAME, UNIT.SHORT_NAME)
        .from(CONFERENCE_MEMBER)
        .join(UNIT)
        .on(UNIT.ID.eq(CONFERENCE_MEMBER.UNIT_ID))
        .where(CONFERENCE_MEMBER.CONFERENCE_ID.eq(conferenceId))
        .orderBy(CONFERENCE_MEMBER.POSITION)
        .fetch(r -> new Unit(r.get(UNIT.NAME), r.get(UNIT.SHORT_NAME)));
  }

  Optional<SavedConference> find(long id) {
    ConferenceRecord c = dsl.selectFrom(CONFERENCE).where(CONFERENCE.ID.eq(id)).fetchOne();
    if (c == null) {
      return Optional.empty();
    }
    String clusterName =
        dsl.select(CLUSTER.NAME)
            .from(CLUSTER)
            .where(CLUSTER.ID.eq(c.getClusterId()))
            .fetchOne(CLUSTER.NAME);
    List<Unit> members = members(id);
    Map<Long, String> unitNames = new HashMap<>();
    dsl.select(UNIT.ID, UNIT.NAME)
        .from(UNIT)
        .where(UNIT.CLUSTER_ID.eq(c.getClusterId()))
        .forEach(r -> unitNames.put(r.get(UNIT.ID), r.get(UNIT.NAME)));

    List<Participant> people =
        dsl.selectFrom(PARTICIPANT)
            .where(PARTICIPANT.CONFERENCE_ID.eq(id))
            .orderBy(PARTICIPANT.POSITION)
            .fetch(
                p ->
                    new Participant(
                        ParticipantKind.valueOf(p.getKind()),
                        p.getFullName(),
                        p.getTitle(),
                        p.getUnitId() == null ? null : unitNames.get(p.getUnitId()),
                        p.getOrganisation(),
                        Role.valueOf(p.getRole()),
                        p.getEntitledToVote()));

    Map<Long, Integer> rankOfAward = new HashMap<>();
    dsl.select(AWARD_CATEGORY.ID, AWARD_CATEGORY.RANK)
        .from(AWARD_CATEGORY)
        .where(AWARD_CATEGORY.CONFERENCE_ID.eq(id))
        .forEach(r -> rankOfAward.put(r.get(AWARD_CATEGORY.ID), r.get(AWARD_CATEGORY.RANK)));
    List<AwardCategory> awards =
        dsl.select(AWARD_CATEGORY.fields())
            .select(VOTE_RULE.fields())
            .from(AWARD_CATEGORY)
            .join(VOTE_RULE)
            .on(VOTE_RULE.ID.eq(AWARD_CATEGORY.RULE_ID))
            .where(AWARD_CATEGORY.CONFERENCE_ID.eq(id))
            .orderBy(AWARD_CATEGORY.RANK)
            .fetch(
                r -> {
                  CandidatePool.Kind kind = CandidatePool.Kind.valueOf(r.get(AWARD_CATEGORY.POOL));
                  Long source = r.get(AWARD_CATEGORY.POOL_AWARD_ID);
                  return new AwardCategory(
                      r.get(AWARD_CATEGORY.NAME),
                      r.get(AWARD_CATEGORY.RANK),
                      r.get(AWARD_CATEGORY.QUOTA),
                      VotingMethod.valueOf(r.get(AWARD_CATEGORY.DEFAULT_METHOD)),
                      RuleRows.toRule(r.into(VOTE_RULE)),
                      new CandidatePool(kind, source == null ? null : rankOfAward.get(source)));
                });

    Map<Long, Integer> votePosition = new HashMap<>();
    List<Vote> votes =
        dsl.select(VOTE.fields())
            .select(VOTE_RULE.fields())
            .from(VOTE)
            .join(VOTE_RULE)
            .on(VOTE_RULE.ID.eq(VOTE.RULE_ID))
            .where(VOTE.CONFERENCE_ID.eq(id))
            .orderBy(VOTE.POSITION)
            .fetch(
                r -> {
                  long voteId = r.get(VOTE.ID);
                  votePosition.put(voteId, r.get(VOTE.POSITION));
                  List<String> candidates =
                      dsl.select(VOTE_OPTION.UNIT_ID)
                          .from(VOTE_OPTION)
                          .where(
                              VOTE_OPTION.VOTE_ID.eq(voteId).and(VOTE_OPTION.UNIT_ID.isNotNull()))
                          .orderBy(VOTE_OPTION.POSITION)
                          .fetch(o -> unitNames.get(o.value1()));
                  Long awardId = r.get(VOTE.AWARD_ID);
                  String head = r.get(VOTE.HEAD_CHOICE);
                  return new Vote(
                      VoteKind.valueOf(r.get(VOTE.KIND)),
                      awardId == null ? null : rankOfAward.get(awardId),
                      r.get(VOTE.SUBJECT),
                      VotingMethod.valueOf(r.get(VOTE.METHOD)),
                      r.get(VOTE.SEATS),
                      head == null ? null : HeadChoice.valueOf(head),
                      RuleRows.toRule(r.into(VOTE_RULE)),
                      ResultVisibility.valueOf(r.get(VOTE.VISIBILITY)),
                      candidates);
                });

    List<AgendaStep> agenda =
        dsl.selectFrom(AGENDA_STEP)
            .where(AGENDA_STEP.CONFERENCE_ID.eq(id))
            .orderBy(AGENDA_STEP.POSITION)
            .fetch(
                s ->
                    new AgendaStep(
                        AgendaStepKind.valueOf(s.getKind()),
                        s.getTitle(),
                        s.getVoteId() == null ? null : votePosition.get(s.getVoteId()),
                        s.getNotes()));

    Conference conference =
        new Conference(
            clusterName,
            c.getReviewYear(),
            c.getTitle(),
            c.getHeldOn(),
            c.getStartsAt(),
            c.getPlace(),
            c.getHostUnitId() == null ? null : unitNames.get(c.getHostUnitId()),
            new DocumentHeader(
                DocumentStyle.valueOf(c.getDocumentStyle()),
                c.getIssuingBodyUpper(),
                c.getIssuingBodyLower(),
                c.getDocumentNumber(),
                c.getDatePlaceName()),
            c.getDistribution(),
            c.getIllustrative(),
            members,
            people,
            awards,
            votes,
            agenda);
    return Optional.of(
        new SavedConference(
            id, ConferenceStatus.valueOf(c.getStatus()), c.getCreatedAt().toInstant(), conference));
  }
}
