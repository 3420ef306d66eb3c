package vn.binhxet.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.HeadChoice;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundEvent;
import vn.binhxet.domain.vote.RoundStatus;

/**
 * The conference file as JSON sees it, field for field; {@code conference-file.schema.json}
 * documents every field and {@code docs/conference-file.md} the whole. Times stay strings here so
 * that a malformed one is reported with its path instead of failing the whole file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConferenceFile(
    String format,
    int version,
    String exportedAt,
    String generator,
    Setup conference,
    List<Attendance> attendance,
    List<Round> rounds,
    List<Audit> audit) {

  static final String FORMAT = "binhxet-conference";
  static final int VERSION = 1;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Setup(
      long sourceId,
      String createdAt,
      String clusterName,
      int reviewYear,
      String title,
      String heldOn,
      String startsAt,
      String place,
      String hostUnit,
      Header header,
      String distribution,
      boolean illustrative,
      List<Member> members,
      List<Person> participants,
      List<Award> awards,
      List<VoteSpec> votes,
      List<Step> agenda) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Header(
      DocumentStyle style,
      String issuingBodyUpper,
      String issuingBodyLower,
      String documentNumber,
      String datePlaceName) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Member(String name, String shortName) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Person(
      ParticipantKind kind,
      String fullName,
      String title,
      String unit,
      String organisation,
      Role role,
      boolean entitledToVote,
      String checkedInAt) {}

  record Award(String name, int rank, int quota, VotingMethod method, Rule rule, Pool pool) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Pool(CandidatePool.Kind kind, Integer sourceRank) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Rule(
      RulePreset preset,
      VoterBasis voterBasis,
      Ratio quorum,
      Ratio threshold,
      ThresholdBase base,
      String source) {}

  record Ratio(Comparison op, int numerator, int denominator) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VoteSpec(
      VoteKind kind,
      Integer award,
      String subject,
      VotingMethod method,
      int seats,
      HeadChoice headChoice,
      Rule rule,
      ResultVisibility visibility,
      List<String> candidates,
      Decision decision) {}

  /** Next year's head by rotation or appointment: the unit, and by whom or by what rule. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Decision(String unit, String note) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Step(AgendaStepKind kind, String title, Integer vote, String notes) {}

  record Attendance(String unit, boolean present, String at) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Round(
      int vote,
      int round,
      EntryMode mode,
      RoundStatus status,
      int seats,
      int votersEntitled,
      int votersPresent,
      List<String> options,
      List<Event> events,
      List<Hands> hands,
      List<Raised> raised,
      Accounting ballotAccounting,
      List<Total> ballotTotals,
      List<BallotEntry> ballots,
      Result result,
      Chair chair,
      String digest) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Event(RoundEvent.Kind kind, String at, String reason) {}

  record Hands(String option, @JsonProperty("for") int votesFor, int against, int abstain) {}

  record Raised(String option, String unit, Choice choice) {}

  record Accounting(int issued, int collected, List<Invalid> invalid) {}

  record Invalid(InvalidReason reason, int count) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Total(String option, @JsonProperty("for") int votesFor, Integer against) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BallotEntry(int pass, int seq, InvalidReason invalid, List<MarkEntry> marks) {}

  record MarkEntry(String option, Mark mark) {}

  record Result(
      boolean quorumMet,
      long base,
      List<Score> ranking,
      List<String> nominated,
      List<String> tied,
      int seatsLeft) {}

  record Score(String option, long votes, boolean passed) {}

  record Chair(String reason, List<String> chosen) {}

  record Audit(
      long seq,
      String at,
      Long conference,
      String action,
      String subject,
      String details,
      String prevHash,
      String hash) {}
}
