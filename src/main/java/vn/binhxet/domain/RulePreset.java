package vn.binhxet.domain;

import static vn.binhxet.domain.Comparison.GE;
import static vn.binhxet.domain.Comparison.GT;

/**
 * The rule presets of domain.md §3. Each carries its source text in the message bundles under
 * {@code rule.preset.<NAME>.source}.
 */
public enum RulePreset {
  /**
   * Unverified practice of cluster conferences: quorum ≥ 2/3 of member units, pass ≥ 70 % of
   * present.
   */
  CLUSTER_DEFAULT(
      VoterBasis.UNIT, GE, Fraction.of(2, 3), GE, Fraction.percent(70), ThresholdBase.PRESENT),
  /** More than half of the voters present (motions). */
  SIMPLE_MAJORITY(
      VoterBasis.UNIT, GE, Fraction.of(2, 3), GT, Fraction.of(1, 2), ThresholdBase.PRESENT),
  /** At least two thirds of the voters present. */
  TWO_THIRDS_PRESENT(
      VoterBasis.UNIT, GE, Fraction.of(2, 3), GE, Fraction.of(2, 3), ThresholdBase.PRESENT),
  /** Circular 35/2015/TT-BGDĐT: ≥ 70 % of those present, quorum ≥ 2/3. */
  CIRCULAR_35_2015(
      VoterBasis.DELEGATE, GE, Fraction.of(2, 3), GE, Fraction.percent(70), ThresholdBase.PRESENT),
  /** Circular 01/2019/TT-VKSTC Art. 20: ≥ 80 % of the cluster's members. */
  PROCURACY_80_MEMBERS(
      VoterBasis.UNIT, GE, Fraction.of(2, 3), GE, Fraction.percent(80), ThresholdBase.ENTITLED),
  /** Decree 91/2017 Art. 45(8): ≥ 90 % of council members, secret ballot. */
  COUNCIL_90_MEMBERS(
      VoterBasis.DELEGATE, GE, Fraction.of(2, 3), GE, Fraction.percent(90), ThresholdBase.ENTITLED);

  private final VoteRule rule;

  RulePreset(
      VoterBasis basis,
      Comparison quorumOp,
      Fraction quorum,
      Comparison thresholdOp,
      Fraction threshold,
      ThresholdBase base) {
    this.rule = new VoteRule(this, basis, quorumOp, quorum, thresholdOp, threshold, base, null);
  }

  public VoteRule rule() {
    return rule;
  }
}
