package vn.binhxet.domain;

import java.util.Objects;

/**
 * The rule a vote is decided by (domain.md §3). {@code preset} names the preset it was taken from,
 * or is null when edited; {@code source} is the user's own citation for an edited rule (a preset's
 * citation lives in the message bundles).
 */
public record VoteRule(
    RulePreset preset,
    VoterBasis voterBasis,
    Comparison quorumOp,
    Fraction quorum,
    Comparison thresholdOp,
    Fraction threshold,
    ThresholdBase base,
    String source) {

  public VoteRule {
    Objects.requireNonNull(voterBasis, "voterBasis");
    Objects.requireNonNull(quorumOp, "quorumOp");
    Objects.requireNonNull(quorum, "quorum");
    Objects.requireNonNull(thresholdOp, "thresholdOp");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(base, "base");
    source = Text.optional(source);
  }

  public static VoteRule of(RulePreset preset) {
    return preset.rule();
  }
}
