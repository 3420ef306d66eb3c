package vn.binhxet.ui.session;

import java.util.List;
import java.util.Map;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.vote.Share;

/**
 * Units present and absent, in member order, and the quorum of {@code rule}: the conference's first
 * award's rule (the cluster's usual one), else its first vote's; null when it has neither.
 */
public record AttendanceOnScreen(
    List<Unit> present, List<Unit> absent, VoteRule rule, boolean quorumMet) {
  public AttendanceOnScreen {
    present = List.copyOf(present);
    absent = List.copyOf(absent);
  }

  public static final AttendanceOnScreen NONE =
      new AttendanceOnScreen(List.of(), List.of(), null, false);

  public int total() {
    return present.size() + absent.size();
  }

  static AttendanceOnScreen of(Conference c, Map<String, Boolean> here) {
    List<Unit> in = c.members().stream().filter(u -> here.getOrDefault(u.name(), false)).toList();
    List<Unit> out = c.members().stream().filter(u -> !here.getOrDefault(u.name(), false)).toList();
    VoteRule rule =
        !c.awards().isEmpty()
            ? c.awards().get(0).rule()
            : c.votes().isEmpty() ? null : c.votes().get(0).rule();
    boolean met =
        rule == null
            || new Share(in.size(), c.members().size()).meets(rule.quorumOp(), rule.quorum());
    return new AttendanceOnScreen(in, out, rule, met);
  }
}
