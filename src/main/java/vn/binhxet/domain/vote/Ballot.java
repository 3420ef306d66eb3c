package vn.binhxet.domain.vote;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.binhxet.domain.Text;

/**
 * One ballot as the committee read it: its marks by option, or invalid with a reason. {@code seq}
 * is the order of entry; nothing on a ballot names a voter or a unit.
 */
public record Ballot(int seq, Map<String, Mark> marks, InvalidReason invalid) {
  public Ballot {
    Map<String, Mark> copy = new LinkedHashMap<>();
    marks.forEach((option, mark) -> copy.put(Text.required(option, "option"), mark));
    marks = java.util.Collections.unmodifiableMap(copy);
    if (invalid != null && !marks.isEmpty()) {
      throw new IllegalArgumentException("an invalid ballot is counted for no one");
    }
  }

  public static Ballot valid(int seq, Map<String, Mark> marks) {
    return new Ballot(seq, marks, null);
  }

  public static Ballot invalid(int seq, InvalidReason reason) {
    return new Ballot(seq, Map.of(), reason);
  }

  public boolean isValid() {
    return invalid == null;
  }

  public long chosen() {
    long n = 0;
    for (Mark m : marks.values()) {
      if (m == Mark.FOR) {
        n++;
      }
    }
    return n;
  }
}
