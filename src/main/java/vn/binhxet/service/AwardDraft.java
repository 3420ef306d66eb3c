package vn.binhxet.service;

import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.Text;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;

/**
 * An award category as typed. With a {@code preset}, the rule is that preset's; without one, the
 * rule is the one edited: who votes, the quorum and the threshold as typed ("2/3", "70%") and the
 * base. {@code poolSource} is the rank of the award whose nominees form the pool.
 */
public record AwardDraft(
    String name,
    String quota,
    VotingMethod method,
    RulePreset preset,
    VoterBasis basis,
    Comparison quorumOp,
    String quorum,
    Comparison thresholdOp,
    String threshold,
    ThresholdBase base,
    String source,
    CandidatePool.Kind pool,
    Integer poolSource) {
  public AwardDraft {
    name = Text.optional(name);
    quota = Text.optional(quota);
    quorum = Text.optional(quorum);
    threshold = Text.optional(threshold);
    source = Text.optional(source);
  }
}
