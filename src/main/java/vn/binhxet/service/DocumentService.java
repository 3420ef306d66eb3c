package vn.binhxet.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.AgendaProgress;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.domain.BallotPaperFacts;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.DocumentRenderer;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.MinutesFacts;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.CandidatePools;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * The documents of a conference: gathers what was recorded into plain facts, in one read, and has
 * them rendered. Nothing here writes to the database.
 */
public final class DocumentService {
  private final TransactionRunner tx;
  private final ConferenceRepository conferences;
  private final VoteRepository votes;
  private final AuditLogRepository log;
  private final Clock clock;
  private final DocumentRenderer renderer;
  private final Rounds rounds;

  public DocumentService(
      TransactionRunner tx,
      ConferenceRepository conferences,
      VoteRepository votes,
      AuditLogRepository log,
      Clock clock,
      DocumentRenderer renderer) {
    this.tx = tx;
    this.conferences = conferences;
    this.votes = votes;
    this.log = log;
    this.clock = clock;
    this.renderer = renderer;
    this.rounds = new Rounds(conferences, votes);
  }

  /** What the minutes of the conference tell, in {@code style} (null: the conference's own). */
  public MinutesFacts facts(long conferenceId, DocumentStyle style) {
    return tx.read(() -> gather(conferenceId, style));
  }

  public byte[] minutes(long conferenceId, DocumentStyle style) {
    return renderer.minutes(facts(conferenceId, style));
  }

  /**
   * The counting records of every counted secret ballot.
   *
   * @throws InvalidInputException when no secret ballot has been counted yet
   */
  public byte[] countingRecords(long conferenceId, DocumentStyle style) {
    MinutesFacts facts = facts(conferenceId, style);
    if (facts.countedBallots().isEmpty()) {
      throw new InvalidInputException(
          List.of(Problem.of("conference", "documents.noCountedBallot")));
    }
    return renderer.countingRecords(facts);
  }

  public byte[] attendanceSheet(long conferenceId, DocumentStyle style) {
    return renderer.attendanceSheet(facts(conferenceId, style));
  }

  /**
   * The ballot papers of every vote taken by secret ballot: one design per round held, and one for
   * the round to come (a first round not yet opened, or the runoff a tie awaits). {@code copies}
   * null prints one per voter entitled.
   *
   * @throws InvalidInputException when no vote is taken by secret ballot
   */
  public List<BallotPaperFacts> ballotFacts(long conferenceId, Integer copies) {
    if (copies != null && (copies < 1 || copies > 10_000)) {
      throw new InvalidInputException(List.of(Problem.of("copies", "documents.copies", copies)));
    }
    List<BallotPaperFacts> out =
        tx.read(
            () -> {
              Conference c = rounds.conference(conferenceId);
              List<VoteOutcome> outcomes = rounds.outcomes(conferenceId, c);
              List<BallotPaperFacts> ballots = new ArrayList<>();
              for (VoteOutcome o : outcomes) {
                if (o.vote().method() == VotingMethod.SECRET_BALLOT) {
                  ballots.addAll(ballotsOf(c, o, outcomes, copies));
                }
              }
              return ballots;
            });
    if (out.isEmpty()) {
      throw new InvalidInputException(List.of(Problem.of("conference", "documents.noBallot")));
    }
    return out;
  }

  public byte[] ballotPapers(long conferenceId, Integer copies) {
    return renderer.ballotPapers(ballotFacts(conferenceId, copies));
  }

  /**
   * Signs a document with the key of a PKCS#12 keystore (PAdES baseline-B).
   *
   * @throws DocumentRenderer.SigningException when the keystore or its password is not usable
   */
  public byte[] sign(byte[] pdf, byte[] pkcs12, char[] password, boolean visible, String reason) {
    return renderer.sign(pdf, pkcs12, password, visible, reason);
  }

  private List<BallotPaperFacts> ballotsOf(
      Conference c, VoteOutcome o, List<VoteOutcome> outcomes, Integer copies) {
    Vote v = o.vote();
    int n = copies != null ? copies : VoteService.entitled(c, v);
    String award = v.awardRank() == null ? null : c.award(v.awardRank()).name();
    List<BallotPaperFacts> out = new ArrayList<>();
    for (RoundRecord r : o.rounds()) {
      out.add(
          new BallotPaperFacts(
              c,
              o.position(),
              v,
              award,
              r.ref().round(),
              r.setup().options(),
              r.setup().seats(),
              Math.max(1, n)));
    }
    if (o.rounds().isEmpty()) {
      List<String> options = firstOptions(c, v, outcomes);
      if (!options.isEmpty()) {
        out.add(new BallotPaperFacts(c, o.position(), v, award, 1, options, v.seats(), n));
      }
    } else if (o.tieOpen()) {
      var last = o.rounds().get(o.rounds().size() - 1).stored();
      out.add(
          new BallotPaperFacts(
              c,
              o.position(),
              v,
              award,
              o.rounds().size() + 1,
              last.tied(),
              last.seatsLeft(),
              Math.max(1, n)));
    }
    return out;
  }

  private static List<String> firstOptions(Conference c, Vote v, List<VoteOutcome> outcomes) {
    if (!v.candidates().isEmpty()) {
      return v.candidates();
    }
    return switch (v.kind()) {
      case MOTION -> List.of(v.subject());
      case NOMINATION ->
          CandidatePools.eligible(c, v.awardRank(), Rounds.nominatedByRank(outcomes));
      case CLUSTER_HEAD, DEPUTY_HEAD -> c.members().stream().map(Unit::name).toList();
    };
  }

  private MinutesFacts gather(long conferenceId, DocumentStyle style) {
    var saved =
        conferences.find(conferenceId).orElseThrow(() -> new NotFoundException(conferenceId));
    Conference c = saved.conference();
    ZoneId zone = clock.getZone();
    AgendaProgress progress = conferences.progress(conferenceId);

    Map<String, Boolean> attendance = votes.attendance(conferenceId);
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (Unit u : c.members()) {
      (attendance.getOrDefault(u.name(), false) ? present : absent).add(u.name());
    }
    MinutesFacts.Quorum quorum = quorum(c, present.size());

    // Guests are told as checked in; when nobody was checked in by name, the list of guests is
    // all the minutes have, and they are told as invited.
    Map<Integer, Instant> here = votes.delegatesPresent(conferenceId);
    List<Participant> guests = new ArrayList<>();
    for (int i = 0; i < c.participants().size(); i++) {
      Participant p = c.participants().get(i);
      if (p.kind() == ParticipantKind.GUEST && (here.isEmpty() || here.containsKey(i + 1))) {
        guests.add(p);
      }
    }

    LocalDate day = c.heldOn();
    List<MinutesFacts.Step> steps = new ArrayList<>();
    for (int i = 0; i < c.agenda().size(); i++) {
      steps.add(
          new MinutesFacts.Step(
              i + 1, c.agenda().get(i), local(progress.started().get(i + 1), zone, day)));
    }
    LocalDateTime started = local(progress.started().get(1), zone, day);
    if (started == null && c.startsAt() != null) {
      started = day.atTime(c.startsAt());
    }
    LocalDateTime ended = local(progress.ended().get(c.agenda().size()), zone, day);

    List<MinutesFacts.VoteFacts> voteFacts = new ArrayList<>();
    for (VoteOutcome o : rounds.outcomes(conferenceId, c)) {
      List<MinutesFacts.RoundFacts> rs = new ArrayList<>();
      for (RoundRecord r : o.rounds()) {
        rs.add(
            new MinutesFacts.RoundFacts(
                r,
                votes.events(r.ref()),
                local(r.openedAt(), zone, day),
                local(r.closedAt(), zone, day)));
      }
      Vote v = o.vote();
      voteFacts.add(
          new MinutesFacts.VoteFacts(
              o.position(),
              v,
              v.awardRank() == null ? null : c.award(v.awardRank()).name(),
              rs,
              o.chosen(),
              o.decided(),
              o.decision()));
    }

    AuditEntry last = log.last().orElse(null);
    return new MinutesFacts(
        conferenceId,
        c,
        style != null ? style : c.header().style(),
        started,
        ended,
        present,
        absent,
        guests,
        quorum,
        steps,
        voteFacts,
        new MinutesFacts.AuditHead(
            last == null ? 0 : last.seq(), last == null ? null : last.hash()),
        LocalDateTime.now(clock));
  }

  /**
   * The quorum the conference states at the opening: that of the rule its awards are voted by (the
   * first nomination counted by unit), else of its first vote counted by unit.
   */
  private static MinutesFacts.Quorum quorum(Conference c, int present) {
    VoteRule rule =
        c.votes().stream()
            .filter(v -> v.kind() == VoteKind.NOMINATION)
            .map(Vote::rule)
            .filter(r -> r.voterBasis() == VoterBasis.UNIT)
            .findFirst()
            .orElseGet(
                () ->
                    c.votes().stream()
                        .map(Vote::rule)
                        .filter(r -> r.voterBasis() == VoterBasis.UNIT)
                        .findFirst()
                        .orElse(null));
    int members = c.members().size();
    boolean met = rule != null && rule.quorum().isMetBy(present, members, rule.quorumOp());
    return new MinutesFacts.Quorum(present, members, rule, met);
  }

  /**
   * A recorded time, local to the conference, when it falls on the conference's day; else null. A
   * time recorded on another day (the demo, a count entered afterwards) is not when it happened in
   * the hall, and the documents leave it blank for the secretary to write in.
   */
  private static LocalDateTime local(Instant at, ZoneId zone, LocalDate day) {
    if (at == null) {
      return null;
    }
    LocalDateTime t = LocalDateTime.ofInstant(at, zone);
    return t.toLocalDate().equals(day) ? t : null;
  }
}
