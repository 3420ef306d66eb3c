package vn.binhxet.domain.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Unit;

/** Who may stand for an award, given who has been nominated so far in the conference. */
public final class CandidatePools {
  private CandidatePools() {}

  /**
   * The member units eligible for the award of {@code rank}, in member order. {@code nominated}
   * maps an award's rank to the units it has nominated so far.
   */
  public static List<String> eligible(
      Conference conference, int rank, Map<Integer, List<String>> nominated) {
    AwardCategory award = conference.award(rank);
    List<String> members = conference.members().stream().map(Unit::name).toList();
    return switch (award.pool().kind()) {
      case ALL_MEMBERS -> members;
      case NOT_NOMINATED_HIGHER -> {
        List<String> out = new ArrayList<>(members);
        nominated.forEach(
            (r, units) -> {
              if (r < rank) {
                out.removeAll(units);
              }
            });
        yield out;
      }
      case NOMINEES_OF -> {
        List<String> source = nominated.getOrDefault(award.pool().sourceRank(), List.of());
        yield members.stream().filter(source::contains).toList();
      }
    };
  }
}
