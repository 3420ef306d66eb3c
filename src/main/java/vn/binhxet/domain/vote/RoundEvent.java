package vn.binhxet.domain.vote;

import java.time.Instant;
import java.util.Objects;
import vn.binhxet.domain.Text;

/**
 * A step in a round's life as the minutes tell it: opened, closed, reopened or the chair's decision
 * on a tie, the last two with their reason. A reopened round keeps its earlier events, so the
 * minutes can say that it was reopened and why.
 */
public record RoundEvent(Kind kind, Instant at, String reason) {
  public enum Kind {
    OPENED,
    CLOSED,
    REOPENED,
    CHAIR_DECISION
  }

  public RoundEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    reason = Text.optional(reason);
  }
}
