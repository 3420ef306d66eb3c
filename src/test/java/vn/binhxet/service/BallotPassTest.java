package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/** Each pass of a blind double entry is undone and corrected on its own, and never overfilled. */
class BallotPassTest {
  private static final String BNC = DemoConference.HOST;
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private RoundRef ref;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    long conference = s.conferences().createDemo();
    DemoConference.UNITS.forEach(u -> s.votes().checkIn(conference, u, true));
    ref = s.votes().openRound(conference, 3, EntryMode.BALLOTS_TWICE, List.of(BNC, BTG));
    s.entries().recordAccounting(ref, 2, 2, Map.of());
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @ParameterizedTest(name = "undo in pass {0}")
  @ValueSource(ints = {1, 2})
  void undoTakesBackTheLastBallotOfItsOwnPassOnly(int pass) {
    s.entries().recordBallot(ref, 1, Ballot.valid(1, Map.of(BNC, Mark.FOR)));
    s.entries().recordBallot(ref, 2, Ballot.valid(1, Map.of(BNC, Mark.FOR)));
    s.entries().recordBallot(ref, 1, Ballot.valid(2, Map.of(BTG, Mark.FOR)));
    assertThat(s.entries().undoLastBallot(ref, pass)).contains(pass == 1 ? 2 : 1);
    var round = s.votes().round(ref);
    assertThat(pass == 1 ? round.first() : round.second()).hasSize(pass == 1 ? 1 : 0);
    assertThat(pass == 1 ? round.second() : round.first()).hasSize(pass == 1 ? 1 : 2);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void aCorrectionReplacesTheBallotOfOnePassAndTheLogKeepsWhatItWas() {
    s.entries().recordBallot(ref, 1, Ballot.valid(1, Map.of(BNC, Mark.FOR)));
    s.entries().recordBallot(ref, 2, Ballot.valid(1, Map.of(BTG, Mark.FOR)));
    s.entries().correctBallot(ref, 2, Ballot.valid(1, Map.of(BNC, Mark.FOR)));
    var round = s.votes().round(ref);
    assertThat(round.second()).isEqualTo(round.first());
    assertThat(s.audit().verify().intact()).isTrue();

    assertThatThrownBy(
            () ->
                s.entries()
                    .correctBallot(ref, 1, Ballot.valid(1, Map.of(BNC, Mark.FOR, BTG, Mark.FOR))))
        .as("two chosen for one seat")
        .isInstanceOf(EntryRefusedException.class);
    assertThat(s.votes().round(ref).first()).isEqualTo(round.first());
  }

  @Test
  void noPassHoldsMoreBallotsThanWereCollected() {
    s.entries().recordBallot(ref, 1, Ballot.valid(1, Map.of(BNC, Mark.FOR)));
    s.entries().recordBallot(ref, 1, Ballot.invalid(2, InvalidReason.NO_STAMP));
    assertThatThrownBy(
            () -> s.entries().recordBallot(ref, 1, Ballot.valid(3, Map.of(BNC, Mark.FOR))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("vote.allBallotsEntered"));
    assertThat(s.votes().round(ref).first()).hasSize(2);
  }
}
