package vn.binhxet.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.CandidatePools;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundHead;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * What the vote services share: finding a round that may be written, a conference's outcomes,
 * pools.
 */
final class Rounds {
  private final ConferenceRepository conferences;
  private final VoteRepository votes;

  Rounds(ConferenceRepository conferences, VoteRepository votes) {
    this.conferences = conferences;
    this.votes = votes;
  }

  Conference conference(long id) {
    return conferences.find(id).orElseThrow(() -> new NotFoundException(id)).conference();
  }

  Vote vote(Conference c, int position) {
    if (position < 1 || position > c.votes().size()) {
      throw new InvalidInputException(List.of(Problem.of("vote", "vote.missing", position)));
    }
    return c.votes().get(position - 1);
  }

  RoundRecord round(RoundRef ref) {
    return votes
        .round(ref)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(Problem.of("round", "vote.roundMissing", ref.round(), ref.vote()))));
  }

  /** The round's fingerprint after a change, for the audit entry that records the change. */
  String state(RoundRef ref) {
    return "; " + RoundDigest.logged(round(ref));
  }

  /** A round that takes entries: it exists and is open. */
  RoundRecord open(RoundRef ref) {
    RoundRecord r = round(ref);
    if (r.status() != RoundStatus.OPEN) {
      throw new InvalidInputException(
          List.of(Problem.of("round", "vote.roundClosed", ref.round())));
    }
    return r;
  }

  /**
   * A round that takes entries, read without its entries: what an entry checks before it writes,
   * without reading a thousand ballots it then reads again to check the round as it now stands.
   */
  RoundHead openHead(RoundRef ref) {
    return open(
        votes
            .head(ref)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            Problem.of("round", "vote.roundMissing", ref.round(), ref.vote())))));
  }

  /** {@code head}, if its round still takes entries. */
  static RoundHead open(RoundHead head) {
    if (head.status() != RoundStatus.OPEN) {
      throw new InvalidInputException(
          List.of(Problem.of("round", "vote.roundClosed", head.ref().round())));
    }
    return head;
  }

  List<VoteOutcome> outcomes(long conferenceId, Conference c) {
    Map<Integer, List<RoundRecord>> all = votes.roundsByVote(conferenceId);
    var decisions = votes.headDecisions(conferenceId);
    return java.util.stream.IntStream.rangeClosed(1, c.votes().size())
        .mapToObj(
            p ->
                new VoteOutcome(
                    p, c.votes().get(p - 1), all.getOrDefault(p, List.of()), decisions.get(p)))
        .toList();
  }

  /** Who each award has chosen so far, by rank. */
  static Map<Integer, List<String>> nominatedByRank(List<VoteOutcome> outcomes) {
    Map<Integer, List<String>> out = new HashMap<>();
    for (VoteOutcome o : outcomes) {
      if (o.vote().kind() == VoteKind.NOMINATION) {
        out.computeIfAbsent(o.vote().awardRank(), k -> new java.util.ArrayList<>())
            .addAll(o.chosen());
      }
    }
    return out;
  }

  /** Who may stand in a vote: for a nomination its award's pool, else anyone (null). */
  Set<String> pool(long conferenceId, Conference c, Vote vote) {
    if (vote.kind() != VoteKind.NOMINATION) {
      return null;
    }
    return new HashSet<>(
        CandidatePools.eligible(c, vote.awardRank(), nominatedByRank(outcomes(conferenceId, c))));
  }
}
