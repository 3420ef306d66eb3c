package vn.binhxet.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every vote of a conference with its rounds' results, as the {@code results} command and the
 * minutes report them. An open round shows its live result, or none while its entries have errors.
 */
public record ConferenceResults(
    long conference, String title, boolean illustrative, List<VoteResults> votes) {

  /** One vote: what it decides (an award's name, a motion's subject, or the head vote's kind). */
  public record VoteResults(
      int position,
      String kind,
      String award,
      String subject,
      List<String> chosen,
      boolean decided,
      List<RoundResults> rounds) {}

  public record RoundResults(
      int round,
      String status,
      boolean quorumMet,
      int votersPresent,
      int votersEntitled,
      int seats,
      List<String> nominated,
      List<String> tied,
      String chairDecision,
      List<String> chairChoice,
      List<CandidateResult> candidates) {}

  public record CandidateResult(
      String unit, long votes, long base, BigDecimal percentage, boolean passed) {}
}
