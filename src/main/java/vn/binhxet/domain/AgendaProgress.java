package vn.binhxet.domain;

import java.time.Instant;
import java.util.Map;

/**
 * Where the conference stands in its agenda: the current step (its position from 1, or null before
 * the first), and when each step started and ended.
 */
public record AgendaProgress(
    Integer current, Map<Integer, Instant> started, Map<Integer, Instant> ended) {
  public AgendaProgress {
    started = Map.copyOf(started);
    ended = Map.copyOf(ended);
  }
}
