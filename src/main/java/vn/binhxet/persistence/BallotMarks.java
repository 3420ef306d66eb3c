package vn.binhxet.persistence;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

  /** The marks as a row's two arrays hold them. */
  static BallotMarks read(java.sql.Array forOptions, java.sql.Array againstOptions)
      throws SQLException {
    return new BallotMarks(ids(forOptions), ids(againstOptions));
  }

  private static Long[] ids(java.sql.Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    Long[] out = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ((Number) values[i]).longValue();
    }
    return out;
  }

  private static Long[] sorted(long[] ids, int n) {
    long[] s = Arrays.copyOf(ids, n);
    Arrays.sort(s);
    return Arrays.stream(s).boxed().toArray(Long[]::new);
  }

  /**
   * The marks by option name, in the order of the options' ids (the order the ballot was read in
   * before V5). An id that is not one of the round's options ({@code offered}) is refused rather
   * than skipped: skipping it would drop a mark, and no foreign key guards these ids any more.
   *
   * @param names the names of the options, by id, of the votes being read
   */
  Map<String, Mark> byName(Map<Long, String> names, List<String> offered, long ballotId) {
    Map<Long, Mark> byId = new java.util.TreeMap<>();
    put(byId, forOptions, Mark.FOR, ballotId);
    put(byId, againstOptions, Mark.AGAINST, ballotId);
    Map<String, Mark> out = new LinkedHashMap<>();
    byId.forEach(
        (id, mark) -> {
          String name = names.get(id);
          if (name == null || !offered.contains(name)) {
            throw new DataAccessException(
                "ballot "
                    + ballotId
                    + " is marked on option "
                    + id
                    + ", which its round does not offer");
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
