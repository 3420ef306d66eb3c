package vn.binhxet.persistence;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jooq.exception.DataAccessException;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.Mark;

/**
 * A single ballot's marks as its row holds them (decision 0037): the ids of the options marked for,
 * and of those marked against, each ascending.
 */
record BallotMarks(Long[] forOptions, Long[] againstOptions) {

  static BallotMarks of(Ballot ballot, ToLongFunction<String> optionId) {
    long[] against = new long[ballot.marks().size()];
    long[] forIds = new long[ballot.marks().size()];
    int a = 0;
    int f = 0;
    for (Map.Entry<String, Mark> m : ballot.marks().entrySet()) {
      long id = optionId.applyAsLong(m.getKey());
      if (m.getValue() == Mark.FOR) {
        forIds[f++] = id;
      } else {
        against[a++] = id;
      }
    }
    return new BallotMarks(sorted(forIds, f), sorted(against, a));
  }

  private static Long[] sorted(long[] ids, int n) {
    long[] s = Arrays.copyOf(ids, n);
    Arrays.sort(s);
    return Arrays.stream(s).boxed().toArray(Long[]::new);
  }

  /**
   * The marks by option name, in the order of the options' ids (the order the ballot was read in
   * before V5). An id the vote does not have is refused rather than skipped: skipping it would drop
   * a mark, and no foreign key guards these ids any more.
   */
  Map<String, Mark> byName(Map<Long, String> names, long ballotId) {
    Map<Long, Mark> byId = new java.util.TreeMap<>();
    put(byId, forOptions, Mark.FOR, ballotId);
    put(byId, againstOptions, Mark.AGAINST, ballotId);
    Map<String, Mark> out = new LinkedHashMap<>();
    byId.forEach(
        (id, mark) -> {
          String name = names.get(id);
          if (name == null) {
            throw new DataAccessException(
                "ballot "
                    + ballotId
                    + " is marked on option "
                    + id
                    + ", which its vote does not have");
          }
          out.put(name, mark);
        });
    return out;
  }

  private static void put(Map<Long, Mark> byId, Long[] ids, Mark mark, long ballotId) {
    for (Long id : ids) {
      if (byId.put(id, mark) != null) {
        throw new DataAccessException("ballot " + ballotId + " marks option " + id + " twice");
      }
    }
  }
}
