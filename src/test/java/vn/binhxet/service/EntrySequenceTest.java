package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Checks;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * Random sequences of entries, refused entries and undos on one round: what is stored is always
 * exactly what a plain model of accepted entries says, never an entry that failed a check, and the
 * audit log always fits the data.
 */
class EntrySequenceTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void storedEntriesAreExactlyTheAcceptedOnes(long seed) {
    Random random = new Random(seed);
    try (Database db = Database.open(dir)) {
      Fakes.Stack s = Fakes.stack(db, Clock.systemUTC());
      long conference = s.conferences().createDemo();
      List<String> units = DemoConference.UNITS;
      int present = 8 + random.nextInt(4);
      units.stream().limit(present).forEach(u -> s.votes().checkIn(conference, u, true));
      List<String> options = units.subList(0, 4);
      RoundRef ref = s.votes().openRound(conference, 5, EntryMode.HANDS, options);

      // The model: the accepted entries in order, one per option (a later entry replaces an
      // earlier).
      Deque<Map.Entry<String, HandsCount>> accepted = new ArrayDeque<>();
      int refused = 0;
      for (int step = 0; step < 40; step++) {
        if (random.nextInt(5) == 0) {
          boolean removed = s.entries().undoLastEntry(ref).isPresent();
          assertThat(removed).isEqualTo(!current(accepted).isEmpty());
          removeLast(accepted);
          continue;
        }
        String option = options.get(random.nextInt(options.size()));
        HandsCount count =
            new HandsCount(random.nextInt(present + 3), random.nextInt(3), random.nextInt(3));
        try {
          s.entries().recordHands(ref, option, count);
          accepted.addLast(Map.entry(option, count));
        } catch (EntryRefusedException e) {
          assertThat(count.total()).isGreaterThan(present);
          refused++;
        }
        RoundRecord stored = s.votes().round(ref);
        assertThat(stored.hands().counts()).isEqualTo(current(accepted));
        assertThat(Checks.hasErrors(Checks.of(stored.setup(), stored.tally(), null, List.of())))
            .isFalse();
      }
      assertThat(refused).as("the sequence tried some bad entries").isPositive();
      assertThat(s.audit().verify().intact()).isTrue();
    }
  }

  /** What the round holds: per option, its latest accepted entry. */
  private static Map<String, HandsCount> current(Deque<Map.Entry<String, HandsCount>> accepted) {
    Map<String, HandsCount> out = new LinkedHashMap<>();
    accepted.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * Undo removes the latest entry; an option entered twice keeps only its latest row, so undoing
   * that removes the option's count altogether, not back to the earlier one.
   */
  private static void removeLast(Deque<Map.Entry<String, HandsCount>> accepted) {
    if (accepted.isEmpty()) {
      return;
    }
    String option = accepted.removeLast().getKey();
    List<Map.Entry<String, HandsCount>> kept = new ArrayList<>(accepted);
    kept.removeIf(e -> e.getKey().equals(option));
    accepted.clear();
    accepted.addAll(kept);
  }
}
