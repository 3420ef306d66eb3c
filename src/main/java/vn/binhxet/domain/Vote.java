package vn.binhxet.domain;

import java.util.List;
import java.util.Objects;

/**
 * A vote of the conference: a nomination for the award of rank {@code awardRank}, the choice of
 * next year's cluster head or deputy, or a motion. {@code candidates} are unit names; a motion has
 * none.
 */
public record Vote(
    VoteKind kind,
    Integer awardRank,
    String subject,
    VotingMethod method,
    int seats,
    HeadChoice headChoice,
    VoteRule rule,
    ResultVisibility visibility,
    List<String> candidates) {
  public Vote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(visibility, "visibility");
    subject = Text.optional(subject);
    candidates = candidates.stream().map(c -> Text.required(c, "candidate")).toList();
    if ((kind == VoteKind.NOMINATION) != (awardRank != null)) {
      throw new IllegalArgumentException("a nomination, and only a nomination, names its award");
    }
    if (kind == VoteKind.MOTION && subject == null) {
      throw new IllegalArgumentException("a motion needs a subject");
    }
    if (kind == VoteKind.MOTION && !candidates.isEmpty()) {
      throw new IllegalArgumentException("a motion has no candidates");
    }
    boolean headVote = kind == VoteKind.CLUSTER_HEAD || kind == VoteKind.DEPUTY_HEAD;
    if (headVote != (headChoice != null)) {
      throw new IllegalArgumentException(
          "a head vote, and only a head vote, says how the head is chosen");
    }
    if (seats < 1) {
      throw new IllegalArgumentException("a vote fills at least one seat: " + seats);
    }
    if (candidates.stream().distinct().count() != candidates.size()) {
      throw new IllegalArgumentException("a candidate is listed twice");
    }
  }
}
