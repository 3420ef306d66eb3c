package vn.binhxet.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.CheckIn;
import vn.binhxet.domain.vote.HeadDecision;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundEvent;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;

/** From what is stored to the conference file. */
final class ConferenceFileWriter {
  private ConferenceFileWriter() {}

  /** A stored round with what happened to it. */
  record StoredRound(RoundRecord record, List<RoundEvent> events) {}

  /** Who checked in when, by participant position, and the heads decided without a vote. */
  record Presence(Map<Integer, Instant> delegates, Map<Integer, HeadDecision> decisions) {}

  static ConferenceFile file(
      SavedConference saved,
      List<CheckIn> attendance,
      Presence presence,
      List<StoredRound> rounds,
      List<AuditEntry> audit,
      Instant now,
      String generator) {
    return new ConferenceFile(
        ConferenceFile.FORMAT,
        ConferenceFile.VERSION,
        now.toString(),
        generator,
        setup(saved, presence),
        attendance.stream()
            .map(c -> new ConferenceFile.Attendance(c.unit(), c.present(), c.at().toString()))
            .toList(),
        rounds.stream().map(ConferenceFileWriter::round).toList(),
        audit.stream().map(ConferenceFileWriter::audit).toList());
  }

  private static ConferenceFile.Setup setup(SavedConference saved, Presence presence) {
    Conference c = saved.conference();
    return new ConferenceFile.Setup(
        saved.id(),
        saved.createdAt().toString(),
        c.clusterName(),
        c.reviewYear(),
        c.title(),
        c.heldOn().toString(),
        c.startsAt() == null ? null : c.startsAt().toString(),
        c.place(),
        c.hostUnitName(),
        new ConferenceFile.Header(
            c.header().style(),
            c.header().issuingBodyUpper(),
            c.header().issuingBodyLower(),
            c.header().documentNumber(),
            c.header().datePlaceName()),
        c.distribution(),
        c.illustrative(),
        c.members().stream().map(u -> new ConferenceFile.Member(u.name(), u.shortName())).toList(),
        java.util.stream.IntStream.range(0, c.participants().size())
            .mapToObj(i -> person(c.participants().get(i), presence.delegates().get(i + 1)))
            .toList(),
        c.awards().stream().map(ConferenceFileWriter::award).toList(),
        java.util.stream.IntStream.range(0, c.votes().size())
            .mapToObj(i -> vote(c.votes().get(i), presence.decisions().get(i + 1)))
            .toList(),
        c.agenda().stream().map(ConferenceFileWriter::step).toList());
  }

  private static ConferenceFile.Person person(Participant p, Instant checkedIn) {
    return new ConferenceFile.Person(
        p.kind(),
        p.fullName(),
        p.title(),
        p.unitName(),
        p.organisation(),
        p.role(),
        p.entitledToVote(),
        checkedIn == null ? null : checkedIn.toString());
  }

  private static ConferenceFile.Award award(AwardCategory a) {
    return new ConferenceFile.Award(
        a.name(),
        a.rank(),
        a.quota(),
        a.method(),
        rule(a.rule()),
        new ConferenceFile.Pool(a.pool().kind(), a.pool().sourceRank()));
  }

  static ConferenceFile.Rule rule(VoteRule r) {
    return new ConferenceFile.Rule(
        r.preset(),
        r.voterBasis(),
        new ConferenceFile.Ratio(r.quorumOp(), r.quorum().numerator(), r.quorum().denominator()),
        new ConferenceFile.Ratio(
            r.thresholdOp(), r.threshold().numerator(), r.threshold().denominator()),
        r.base(),
        r.source());
  }

  private static ConferenceFile.VoteSpec vote(Vote v, HeadDecision decision) {
    return new ConferenceFile.VoteSpec(
        v.kind(),
        v.awardRank(),
        v.subject(),
        v.method(),
        v.seats(),
        v.headChoice(),
        rule(v.rule()),
        v.visibility(),
        v.candidates(),
        decision == null ? null : new ConferenceFile.Decision(decision.unit(), decision.note()));
  }

  private static ConferenceFile.Step step(AgendaStep s) {
    return new ConferenceFile.Step(s.kind(), s.title(), s.votePosition(), s.notes());
  }

  private static ConferenceFile.Round round(StoredRound stored) {
    RoundRecord r = stored.record();
    BallotTally acc = r.accounting();
    // A show of hands has no accounting; a ballot round has none until the committee reports.
    boolean accounting =
        r.mode().method() == VotingMethod.SECRET_BALLOT
            && (acc.issued() != 0 || acc.collected() != 0 || !acc.invalid().isEmpty());
    List<ConferenceFile.Raised> raised = new ArrayList<>();
    for (String option : r.setup().options()) {
      r.raised()
          .getOrDefault(option, Map.of())
          .forEach((unit, choice) -> raised.add(new ConferenceFile.Raised(option, unit, choice)));
    }
    List<ConferenceFile.BallotEntry> ballots = new ArrayList<>();
    r.first().forEach(b -> ballots.add(ballot(1, b)));
    r.second().forEach(b -> ballots.add(ballot(2, b)));
    return new ConferenceFile.Round(
        r.ref().vote(),
        r.ref().round(),
        r.mode(),
        r.status(),
        r.setup().seats(),
        r.setup().votersEntitled(),
        r.setup().votersPresent(),
        r.setup().options(),
        stored.events().stream()
            .map(e -> new ConferenceFile.Event(e.kind(), e.at().toString(), e.reason()))
            .toList(),
        r.hands().counts().entrySet().stream()
            .map(
                e ->
                    new ConferenceFile.Hands(
                        e.getKey(),
                        e.getValue().votesFor(),
                        e.getValue().against(),
                        e.getValue().abstain()))
            .toList(),
        raised,
        accounting
            ? new ConferenceFile.Accounting(
                acc.issued(),
                acc.collected(),
                acc.invalid().entrySet().stream()
                    .map(e -> new ConferenceFile.Invalid(e.getKey(), e.getValue()))
                    .toList())
            : null,
        acc.votesFor().entrySet().stream()
            .map(
                e ->
                    new ConferenceFile.Total(
                        e.getKey(), e.getValue(), acc.votesAgainst().get(e.getKey())))
            .toList(),
        ballots,
        result(r.stored()),
        r.chairChoice().isEmpty()
            ? null
            : new ConferenceFile.Chair(r.chairDecision(), r.chairChoice()),
        RoundDigest.of(r));
  }

  private static ConferenceFile.BallotEntry ballot(int pass, Ballot b) {
    return new ConferenceFile.BallotEntry(
        pass,
        b.seq(),
        b.invalid(),
        b.marks().entrySet().stream()
            .map(e -> new ConferenceFile.MarkEntry(e.getKey(), e.getValue()))
            .toList());
  }

  static ConferenceFile.Result result(RoundResult result) {
    if (result == null) {
      return null;
    }
    return new ConferenceFile.Result(
        result.quorumMet(),
        result.base(),
        result.options().stream()
            .map(o -> new ConferenceFile.Score(o.option(), o.votesFor(), o.passed()))
            .toList(),
        result.nominated(),
        result.tied(),
        result.seatsLeft());
  }

  private static ConferenceFile.Audit audit(AuditEntry e) {
    return new ConferenceFile.Audit(
        e.seq(),
        e.at().toString(),
        e.conferenceId(),
        e.action(),
        e.subject(),
        e.details(),
        e.prevHash(),
        e.hash());
  }
}
