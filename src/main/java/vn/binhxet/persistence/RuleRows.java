package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.VOTE_RULE;

import org.jooq.DSLContext;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.persistence.jooq.tables.records.VoteRuleRecord;

/** Vote rules to and from their rows. */
final class RuleRows {
  private RuleRows() {}

  static long insert(DSLContext dsl, VoteRule rule) {
    return dsl.insertInto(VOTE_RULE)
        .set(VOTE_RULE.PRESET, rule.preset() == null ? null : rule.preset().name())
        .set(VOTE_RULE.VOTER_BASIS, rule.voterBasis().name())
        .set(VOTE_RULE.QUORUM_OP, rule.quorumOp().name())
        .set(VOTE_RULE.QUORUM_NUM, rule.quorum().numerator())
        .set(VOTE_RULE.QUORUM_DEN, rule.quorum().denominator())
        .set(VOTE_RULE.THRESHOLD_OP, rule.thresholdOp().name())
        .set(VOTE_RULE.THRESHOLD_NUM, rule.threshold().numerator())
        .set(VOTE_RULE.THRESHOLD_DEN, rule.threshold().denominator())
        .set(VOTE_RULE.THRESHOLD_BASE, rule.base().name())
        .set(VOTE_RULE.SOURCE, rule.source())
        .returning(VOTE_RULE.ID)
        .fetchOne()
        .getId();
  }

  /** Rewrites a rule row in place: each award and each vote owns its own row. */
  static void update(DSLContext dsl, long id, VoteRule rule) {
    dsl.update(VOTE_RULE)
        .set(VOTE_RULE.PRESET, rule.preset() == null ? null : rule.preset().name())
        .set(VOTE_RULE.VOTER_BASIS, rule.voterBasis().name())
        .set(VOTE_RULE.QUORUM_OP, rule.quorumOp().name())
        .set(VOTE_RULE.QUORUM_NUM, rule.quorum().numerator())
        .set(VOTE_RULE.QUORUM_DEN, rule.quorum().denominator())
        .set(VOTE_RULE.THRESHOLD_OP, rule.thresholdOp().name())
        .set(VOTE_RULE.THRESHOLD_NUM, rule.threshold().numerator())
        .set(VOTE_RULE.THRESHOLD_DEN, rule.threshold().denominator())
        .set(VOTE_RULE.THRESHOLD_BASE, rule.base().name())
        .set(VOTE_RULE.SOURCE, rule.source())
        .where(VOTE_RULE.ID.eq(id))
        .execute();
  }

  static VoteRule toRule(VoteRuleRecord r) {
    return new VoteRule(
        r.getPreset() == null ? null : RulePreset.valueOf(r.getPreset()),
        VoterBasis.valueOf(r.getVoterBasis()),
        Comparison.valueOf(r.getQuorumOp()),
        Fraction.of(r.getQuorumNum(), r.getQuorumDen()),
        Comparison.valueOf(r.getThresholdOp()),
        Fraction.of(r.getThresholdNum(), r.getThresholdDen()),
        ThresholdBase.valueOf(r.getThresholdBase()),
        r.getSource());
  }
}
