package vn.binhxet.domain.vote;

import java.util.List;

/**
 * A round's result. {@code options} are ranked by votes (ties in ballot order); {@code nominated}
 * are the passing options within the seats; {@code tied} are the passing options that tie across
 * the last seat, for whom {@code seatsLeft} seats remain: the app never breaks that tie, a runoff
 * or the chair does.
 */
public record RoundResult(
    int round,
    boolean quorumMet,
    Share attendance,
    long base,
    List<OptionResult> options,
    List<String> nominated,
    List<String> tied,
    int seatsLeft) {
  public RoundResult {
    options = List.copyOf(options);
    nominated = List.copyOf(nominated);
    tied = List.copyOf(tied);
  }

  /** Whether the round settles every seat it can: no tie is left open. */
  public boolean settled() {
    return tied.isEmpty();
  }
}
