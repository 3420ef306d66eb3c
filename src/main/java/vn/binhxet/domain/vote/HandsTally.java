package vn.binhxet.domain.vote;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.binhxet.domain.Text;

/**
 * A show of hands: per option, the counts. When the secretary ticks which units raised their hands,
 * the counts are derived from the ticks ({@link #fromRaisedHands}), so the two can never disagree.
 */
public record HandsTally(Map<String, HandsCount> counts) implements Tally {
  public HandsTally {
    Map<String, HandsCount> copy = new LinkedHashMap<>();
    counts.forEach((option, count) -> copy.put(Text.required(option, "option"), count));
    counts = java.util.Collections.unmodifiableMap(copy);
  }

  /** Counts derived from which unit raised its hand how, per option. */
  public static HandsTally fromRaisedHands(Map<String, Map<String, Choice>> raised) {
    Map<String, HandsCount> counts = new LinkedHashMap<>();
    raised.forEach(
        (option, hands) -> {
          int f = 0;
          int a = 0;
          int n = 0;
          for (Choice c : hands.values()) {
            switch (c) {
              case FOR -> f++;
              case AGAINST -> a++;
              case ABSTAIN -> n++;
            }
          }
          counts.put(option, new HandsCount(f, a, n));
        });
    return new HandsTally(counts);
  }
}
