package vn.binhxet.domain;

import java.util.Objects;

/**
 * An award the conference nominates for. {@code rank} 1 is the highest; awards are voted on highest
 * first.
 */
public record AwardCategory(
    String name, int rank, int quota, VotingMethod method, VoteRule rule, CandidatePool pool) {
  public AwardCategory {
    name = Text.required(name, "award name");
    if (rank < 1) {
      throw new IllegalArgumentException("award rank must be at least 1: " + rank);
    }
    if (quota < 1) {
      throw new IllegalArgumentException("award quota must be at least 1: " + quota);
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pool, "pool");
    if (pool.kind() == CandidatePool.Kind.NOMINEES_OF && pool.sourceRank() == rank) {
      throw new IllegalArgumentException("an award cannot take its pool from itself");
    }
  }
}
