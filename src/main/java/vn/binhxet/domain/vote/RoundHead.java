package vn.binhxet.domain.vote;

import java.util.Objects;

/**
 * What an entry checks before it writes: how the round was opened, whether it is still open, how
 * many ballots were collected and how many of each entry are in. Read without the ballots
 * themselves, which the entry reads once, after writing, to check and fingerprint the round.
 */
public record RoundHead(
    RoundRef ref,
    RoundSetup setup,
    EntryMode mode,
    RoundStatus status,
    int collected,
    int firstEntered,
    int secondEntered) {
  public RoundHead {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(setup, "setup");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(status, "status");
  }

  /** The ballots entered so far in entry {@code pass} (1 or 2). */
  public int entered(int pass) {
    return pass == 1 ? firstEntered : secondEntered;
  }
}
