package vn.binhxet.domain;

import java.util.List;
import java.util.Objects;

/**
 * One ballot paper design: the vote (with its award's name for a nomination, else null), its round,
 * the options in ballot order, how many may be chosen, and how many copies to print.
 */
public record BallotPaperFacts(
    Conference conference,
    int votePosition,
    Vote vote,
    String award,
    int round,
    List<String> options,
    int seats,
    int copies) {
  public BallotPaperFacts {
    Objects.requireNonNull(conference, "conference");
    Objects.requireNonNull(vote, "vote");
    award = Text.optional(award);
    options = options.stream().map(o -> Text.required(o, "option")).toList();
    if (options.isEmpty()) {
      throw new IllegalArgumentException("a ballot lists at least one option");
    }
    if (round < 1 || seats < 1 || copies < 1) {
      throw new IllegalArgumentException("round, seats and copies start at 1");
    }
  }
}
