package vn.binhxet.domain.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two blind entries of the same ballots, compared ballot by ballot: a round entered twice cannot
 * close while they differ (practice of Party congresses, and of the Dutch Electoral Council's
 * Abacus).
 */
public final class Reconciliation {
  private Reconciliation() {}

  /** A ballot entered differently, or only once; a missing side is null. */
  public record Difference(int seq, Ballot first, Ballot second) {}

  public static List<Difference> differences(List<Ballot> first, List<Ballot> second) {
    Map<Integer, Ballot> a = bySeq(first);
    Map<Integer, Ballot> b = bySeq(second);
    TreeMap<Integer, Boolean> seqs = new TreeMap<>();
    a.keySet().forEach(s -> seqs.put(s, true));
    b.keySet().forEach(s -> seqs.put(s, true));
    List<Difference> out = new ArrayList<>();
    for (int seq : seqs.keySet()) {
      Ballot x = a.get(seq);
      Ballot y = b.get(seq);
      if (x == null || y == null || !x.marks().equals(y.marks()) || x.invalid() != y.invalid()) {
        out.add(new Difference(seq, x, y));
      }
    }
    return out;
  }

  private static Map<Integer, Ballot> bySeq(List<Ballot> ballots) {
    return ballots.stream()
        .collect(Collectors.toMap(Ballot::seq, Function.identity(), (x, y) -> x, TreeMap::new));
  }
}
