package vn.binhxet.ui.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.CandidatePools;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * The options a vote puts to the hall before its first round, as VoteService.openRound will: its
 * listed candidates, else its award's pool (after the nominations made so far), the members for a
 * head, the subject for a motion.
 */
final class Announced {
  private Announced() {}

  static List<String> options(Conference c, List<VoteOutcome> all, VoteOutcome o) {
    if (!o.rounds().isEmpty()) {
      return o.rounds().get(0).setup().options();
    }
    if (!o.vote().candidates().isEmpty()) {
      return o.vote().candidates();
    }
    return switch (o.vote().kind()) {
      case MOTION -> List.of(o.vote().subject());
      case CLUSTER_HEAD, DEPUTY_HEAD -> c.members().stream().map(Unit::name).toList();
      case NOMINATION -> {
        Map<Integer, List<String>> nominated = new LinkedHashMap<>();
        for (VoteOutcome x : all) {
          if (x.vote().kind() == VoteKind.NOMINATION) {
            nominated.put(x.vote().awardRank(), x.chosen());
          }
        }
        yield CandidatePools.eligible(c, o.vote().awardRank(), nominated);
      }
    };
  }
}
