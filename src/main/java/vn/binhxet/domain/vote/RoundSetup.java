package vn.binhxet.domain.vote;

import java.util.List;
import java.util.Objects;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VotingMethod;

/**
 * A round as it was opened: its rule, method and seats, the voters entitled and present (frozen at
 * opening), and the options voted on, in ballot order: candidate units' names, or for a motion its
 * one subject.
 */
public record RoundSetup(
    int number,
    VoteRule rule,
    VotingMethod method,
    int seats,
    int votersEntitled,
    int votersPresent,
    List<String> options) {
  public RoundSetup {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(method, "method");
    if (number < 1) {
      throw new IllegalArgumentException("rounds are numbered from 1: " + number);
    }
    if (seats < 1) {
      throw new IllegalArgumentException("a round fills at least one seat: " + seats);
    }
    if (votersEntitled < 0 || votersPresent < 0 || votersPresent > votersEntitled) {
      throw new IllegalArgumentException(
          "voters present " + votersPresent + " must lie between 0 and " + votersEntitled);
    }
    options = options.stream().map(o -> Text.required(o, "option")).toList();
    if (options.isEmpty()) {
      throw new IllegalArgumentException("a round votes on at least one option");
    }
    if (options.stream().distinct().count() != options.size()) {
      throw new IllegalArgumentException("an option is listed twice");
    }
  }
}
