package vn.binhxet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

class LargeConferenceTest {
  /** The full shape scaled down: every part is there, in numbers a test builds in seconds. */
  static final LargeConference.Shape SMALL =
      new LargeConference.Shape(40, 1, 12, 5, 4, 2, 40, 300, 7);

  @Test
  void buildsTheShapeAskedThroughTheServices(@TempDir Path dir) {
    try (Database db = Database.open(dir)) {
      BenchServices s = services(db);
      int[] between = new int[1];
      LargeConference.Built built =
          new LargeConference(s, SMALL, Log.NONE, () -> between[0]++).build();
      Conference c = s.conferences().open(built.conferenceId()).conference();
      List<VoteOutcome> outcomes = s.votes().outcomes(built.conferenceId());

      assertThat(c.members()).hasSize(SMALL.units());
      assertThat(c.participants().stream().filter(p -> p.kind() == ParticipantKind.DELEGATE))
          .hasSize(SMALL.delegates());
      assertThat(c.awards()).hasSize(SMALL.awards());
      assertThat(c.awards().stream().filter(a -> a.method() == VotingMethod.SECRET_BALLOT))
          .hasSize(SMALL.secretAwards());
      assertThat(c.agenda()).hasSize(SMALL.steps());
      assertThat(c.agenda())
          .allSatisfy(
              step -> {
                assertThat(step.notes()).hasSizeGreaterThanOrEqualTo(SMALL.noteChars());
                assertThat(Normalizer.isNormalized(step.notes(), Normalizer.Form.NFC)).isTrue();
              });
      List<RoundRecord> secret =
          outcomes.stream()
              .filter(o -> o.vote().method() == VotingMethod.SECRET_BALLOT)
              .flatMap(o -> o.rounds().stream())
              .toList();
      assertThat(secret.stream().flatMap(r -> r.setup().options().stream()).distinct())
          .hasSize(SMALL.candidates());
      assertThat(secret.stream().mapToInt(r -> r.first().size()).sum()).isEqualTo(SMALL.ballots());
      assertThat(built.ballots().nanos()).hasSize(SMALL.ballots());
      assertThat(java.util.Arrays.stream(built.ballots().bytes()).boxed())
          .hasSize(SMALL.ballots())
          .allMatch(b -> b > 0);
      assertThat(built.tallies().nanos()).hasSize(SMALL.extraTallies());
      assertThat(between[0])
          .as("the baseline's turns: one after each timed entry")
          .isEqualTo(SMALL.ballots() + SMALL.extraTallies());
      assertThat(outcomes).allSatisfy(o -> assertThat(o.decided()).isTrue());
    }
  }

  @Test
  void theSameSeedBuildsTheSameConference(@TempDir Path dir) {
    LargeConference.Shape tiny = new LargeConference.Shape(34, 1, 12, 5, 4, 2, 20, 50, 0);
    try (Database db = Database.open(dir)) {
      BenchServices s = services(db);
      long first = new LargeConference(s, tiny, Log.NONE).build().conferenceId();
      long second = new LargeConference(s, tiny, Log.NONE).build().conferenceId();

      assertThat(s.votes().results(second).votes()).isEqualTo(s.votes().results(first).votes());
      assertThat(s.conferences().open(second).conference())
          .isEqualTo(s.conferences().open(first).conference());
    }
  }

  private static BenchServices services(Database db) {
    Fakes.Stack st = Fakes.stack(db, Clock.systemUTC());
    return new BenchServices(
        st.conferences(),
        st.preparation(),
        st.programme(),
        st.agenda(),
        st.votes(),
        st.entries(),
        st.demo(),
        st.files(),
        st.documents(),
        later -> {},
        () -> {});
  }
}
