package vn.binhxet.service;

import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Fraction;
import vn.binhxet.domain.VoteRule;

/** An award as the secretary typed it, turned into an award category or refused field by field. */
final class AwardDrafts {
  static final int MAX_AWARD_NAME = 500;
  static final int MAX_QUOTA = NewConferenceCheck.MAX_QUOTA;

  private AwardDrafts() {}

  /** An award as typed, checked field by field, for rank {@code rank}. */
  static AwardCategory check(Conference c, int rank, AwardDraft d) {
    List<Problem> problems = new ArrayList<>();
    if (d.name() == null) {
      problems.add(Problem.of("name", "prep.award.blank"));
    } else if (d.name().length() > MAX_AWARD_NAME) {
      problems.add(Problem.of("name", "prep.tooLong", d.name().length(), MAX_AWARD_NAME));
    } else if (c.awards().stream()
        .anyMatch(a -> a.rank() != rank && a.name().equalsIgnoreCase(d.name()))) {
      problems.add(Problem.of("name", "prep.award.duplicate", d.name()));
    }
    Integer typed = WholeNumbers.parse(d.quota());
    int quota = typed == null ? -1 : typed;
    if (quota < 1 || quota > MAX_QUOTA) {
      problems.add(
          Problem.of("quota", "prep.award.quota", d.quota() == null ? "" : d.quota(), MAX_QUOTA));
    }
    if (d.method() == null) {
      problems.add(Problem.of("method", "prep.award.method"));
    }
    VoteRule rule = rule(d, problems);
    CandidatePool pool = null;
    if (d.pool() == null) {
      problems.add(Problem.of("pool", "prep.award.pool"));
    } else if (d.pool() == CandidatePool.Kind.NOMINEES_OF) {
      Integer source = d.poolSource();
      if (source == null
          || source == rank
          || c.awards().stream().noneMatch(a -> a.rank() == source)) {
        problems.add(Problem.of("poolSource", "prep.award.poolSourceMissing"));
      } else {
        pool = CandidatePool.nomineesOf(source);
      }
    } else {
      pool = new CandidatePool(d.pool(), null);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new AwardCategory(d.name(), rank, quota, d.method(), rule, pool);
  }

  private static VoteRule rule(AwardDraft d, List<Problem> problems) {
    if (d.preset() != null) {
      return d.preset().rule();
    }
    Fraction quorum = Fractions.parse(d.quorum());
    Fraction threshold = Fractions.parse(d.threshold());
    if (quorum == null) {
      problems.add(Problem.of("quorum", "prep.rule.fraction", String.valueOf(d.quorum())));
    }
    if (threshold == null) {
      problems.add(Problem.of("threshold", "prep.rule.fraction", String.valueOf(d.threshold())));
    }
    if (d.basis() == null || d.quorumOp() == null || d.thresholdOp() == null || d.base() == null) {
      problems.add(Problem.of("rule", "prep.rule.incomplete"));
    }
    SetupDrafts.tooLong(problems, "source", d.source(), 2000);
    if (quorum == null || threshold == null || !problems.isEmpty()) {
      return null;
    }
    return new VoteRule(
        null, d.basis(), d.quorumOp(), quorum, d.thresholdOp(), threshold, d.base(), d.source());
  }
}
