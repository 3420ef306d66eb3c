package vn.binhxet.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import vn.binhxet.domain.vote.HeadDecision;
import vn.binhxet.domain.vote.RoundEvent;
import vn.binhxet.domain.vote.RoundRecord;

/**
 * Everything the documents of a conference tell, gathered at printing time: the conference as
 * prepared, who came, what each agenda step recorded, every vote with its rounds and what happened
 * to them, and the head of the audit log. Times are local to the conference. A fact not recorded is
 * null, and the documents leave a space for it to be written by hand rather than invent it.
 */
public record MinutesFacts(
    long conferenceId,
    Conference conference,
    DocumentStyle style,
    LocalDateTime startedAt,
    LocalDateTime endedAt,
    List<String> unitsPresent,
    List<String> unitsAbsent,
    List<Participant> guestsPresent,
    Quorum quorum,
    List<Step> steps,
    List<VoteFacts> votes,
    AuditHead audit,
    LocalDateTime printedAt) {

  public MinutesFacts {
    Objects.requireNonNull(conference, "conference");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(printedAt, "printedAt");
    unitsPresent = List.copyOf(unitsPresent);
    unitsAbsent = List.copyOf(unitsAbsent);
    guestsPresent = List.copyOf(guestsPresent);
    steps = List.copyOf(steps);
    votes = List.copyOf(votes);
  }

  /**
   * Units present out of the members, and whether that meets the quorum of the rule the conference
   * votes its awards by.
   */
  public record Quorum(int present, int members, VoteRule rule, boolean met) {}

  /** One agenda step: when it started (null: not recorded) and the secretary's notes. */
  public record Step(int position, AgendaStep step, LocalDateTime startedAt) {}

  /**
   * One vote with its rounds, oldest first; {@code award} names the award of a nomination, else
   * null; {@code decision} is a head chosen by rotation or appointment, else null.
   */
  public record VoteFacts(
      int position,
      Vote vote,
      String award,
      List<RoundFacts> rounds,
      List<String> chosen,
      boolean decided,
      HeadDecision decision) {
    public VoteFacts {
      rounds = List.copyOf(rounds);
      chosen = List.copyOf(chosen);
    }
  }

  /** A round as recorded, what happened to it (reopened and why), and its times. */
  public record RoundFacts(
      RoundRecord record, List<RoundEvent> events, LocalDateTime openedAt, LocalDateTime closedAt) {
    public RoundFacts {
      Objects.requireNonNull(record, "record");
      events = List.copyOf(events);
    }

    /** The reasons the round was reopened, in order. */
    public List<String> reopenReasons() {
      return events.stream()
          .filter(e -> e.kind() == RoundEvent.Kind.REOPENED)
          .map(RoundEvent::reason)
          .toList();
    }
  }

  /**
   * The audit log when the document was printed: its length and the hash of its last entry, so a
   * printed copy can be matched to the database.
   */
  public record AuditHead(long entries, String hash) {
    /** The first twelve hex digits, enough to tell copies apart on paper. */
    public String shortHash() {
      return hash == null ? "-" : hash.substring(0, Math.min(12, hash.length()));
    }
  }

  /** The vote at {@code position} (from 1). */
  public VoteFacts vote(int position) {
    return votes.get(position - 1);
  }

  /** The people holding a role, in the order they were listed. */
  public List<Participant> withRole(Role role) {
    return conference.withRole(role);
  }

  /** Next year's cluster head as decided, or null. */
  public String nextHead() {
    return votes.stream()
        .filter(v -> v.vote().kind() == VoteKind.CLUSTER_HEAD && v.decided())
        .flatMap(v -> v.chosen().stream())
        .findFirst()
        .orElse(null);
  }

  /** The secret-ballot rounds that have been counted, in agenda order: one counting record each. */
  public List<CountedRound> countedBallots() {
    return votes.stream()
        .flatMap(
            v ->
                v.rounds().stream()
                    .filter(
                        r ->
                            r.record().mode().method() == VotingMethod.SECRET_BALLOT
                                && r.record().stored() != null)
                    .map(r -> new CountedRound(v, r)))
        .toList();
  }

  /** A secret-ballot round with the vote it belongs to. */
  public record CountedRound(VoteFacts vote, RoundFacts round) {}
}
