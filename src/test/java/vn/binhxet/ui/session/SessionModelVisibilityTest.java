package vn.binhxet.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.ui.session.SessionFixtures.State;

/**
 * The projector-facing properties of the session carry a vote's count only as its visibility
 * allows, and a secret ballot's never before its round is closed: every method, visibility and
 * round state, reached through the agenda step and through the voting screen.
 */
class SessionModelVisibilityTest {
  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "HANDS        , HIDDEN, NONE         , ANNOUNCED",
    "HANDS        , HIDDEN, OPEN_EMPTY   , VOTING",
    "HANDS        , HIDDEN, OPEN_PARTIAL , VOTING",
    "HANDS        , HIDDEN, OPEN_COMPLETE, VOTING",
    "HANDS        , HIDDEN, CLOSED       , WITHHELD",
    "HANDS        , LIVE  , NONE         , ANNOUNCED",
    "HANDS        , LIVE  , OPEN_EMPTY   , LIVE",
    "HANDS        , LIVE  , OPEN_PARTIAL , LIVE",
    "HANDS        , LIVE  , OPEN_COMPLETE, LIVE",
    "HANDS        , LIVE  , CLOSED       , RESULT",
    "HANDS        , FINAL , NONE         , ANNOUNCED",
    "HANDS        , FINAL , OPEN_EMPTY   , VOTING",
    "HANDS        , FINAL , OPEN_PARTIAL , VOTING",
    "HANDS        , FINAL , OPEN_COMPLETE, VOTING",
    "HANDS        , FINAL , CLOSED       , RESULT",
    "BALLOT_TOTALS, HIDDEN, NONE         , ANNOUNCED",
    "BALLOT_TOTALS, HIDDEN, OPEN_EMPTY   , COUNTING",
    "BALLOT_TOTALS, HIDDEN, OPEN_PARTIAL , COUNTING",
    "BALLOT_TOTALS, HIDDEN, OPEN_COMPLETE, COUNTING",
    "BALLOT_TOTALS, HIDDEN, CLOSED       , WITHHELD",
    "BALLOT_TOTALS, LIVE  , NONE         , ANNOUNCED",
    "BALLOT_TOTALS, LIVE  , OPEN_EMPTY   , COUNTING",
    "BALLOT_TOTALS, LIVE  , OPEN_PARTIAL , COUNTING",
    "BALLOT_TOTALS, LIVE  , OPEN_COMPLETE, COUNTING",
    "BALLOT_TOTALS, LIVE  , CLOSED       , RESULT",
    "BALLOT_TOTALS, FINAL , NONE         , ANNOUNCED",
    "BALLOT_TOTALS, FINAL , OPEN_EMPTY   , COUNTING",
    "BALLOT_TOTALS, FINAL , OPEN_PARTIAL , COUNTING",
    "BALLOT_TOTALS, FINAL , OPEN_COMPLETE, COUNTING",
    "BALLOT_TOTALS, FINAL , CLOSED       , RESULT",
    "BALLOTS      , HIDDEN, NONE         , ANNOUNCED",
    "BALLOTS      , HIDDEN, OPEN_EMPTY   , COUNTING",
    "BALLOTS      , HIDDEN, OPEN_PARTIAL , COUNTING",
    "BALLOTS      , HIDDEN, OPEN_COMPLETE, COUNTING",
    "BALLOTS      , HIDDEN, CLOSED       , WITHHELD",
    "BALLOTS      , LIVE  , NONE         , ANNOUNCED",
    "BALLOTS      , LIVE  , OPEN_EMPTY   , COUNTING",
    "BALLOTS      , LIVE  , OPEN_PARTIAL , COUNTING",
    "BALLOTS      , LIVE  , OPEN_COMPLETE, COUNTING",
    "BALLOTS      , LIVE  , CLOSED       , RESULT",
    "BALLOTS      , FINAL , NONE         , ANNOUNCED",
    "BALLOTS      , FINAL , OPEN_EMPTY   , COUNTING",
    "BALLOTS      , FINAL , OPEN_PARTIAL , COUNTING",
    "BALLOTS      , FINAL , OPEN_COMPLETE, COUNTING",
    "BALLOTS      , FINAL , CLOSED       , RESULT",
  })
  void theProjectorSeesOnlyWhatTheVisibilityAllows(
      EntryMode mode, ResultVisibility visibility, State state, VotePhase expected) {
    SavedConference c = SessionFixtures.demo();
    int position =
        mode == EntryMode.HANDS ? SessionFixtures.HANDS_VOTE : SessionFixtures.SECRET_VOTE;
    RoundRecord round = SessionFixtures.round(c, position, mode, state);

    SessionModel byStep = new SessionModel();
    byStep.setConference(c, SessionFixtures.outcomes(c, position, round));
    byStep.setVisibility(position, visibility);
    byStep.setCurrentStep(SessionFixtures.stepOf(c, position));

    SessionModel byVotingScreen = new SessionModel();
    byVotingScreen.setConference(c, SessionFixtures.outcomes(c, position, null));
    byVotingScreen.setVisibility(position, visibility);
    byVotingScreen.showRound(position, round);

    for (SessionModel session : List.of(byStep, byVotingScreen)) {
      VoteOnScreen shown = session.voteOnScreenProperty().get();
      assertThat(shown.position()).isEqualTo(position);
      assertThat(shown.phase()).isEqualTo(expected);
      assertThat(session.sceneProperty().get()).isEqualTo(ProjectorScene.VOTE);
      boolean confirmed = state == State.CLOSED && visibility != ResultVisibility.HIDDEN;
      boolean liveHands =
          mode == EntryMode.HANDS
              && visibility == ResultVisibility.LIVE
              && state.name().startsWith("OPEN");
      assertThat(shown.counts() != null).as("counts shown").isEqualTo(liveHands);
      assertThat(shown.result() != null).as("result shown").isEqualTo(confirmed || liveHands);
      if (mode != EntryMode.HANDS && state != State.CLOSED) {
        assertThat(shown.result()).as("a secret ballot's partial result").isNull();
        assertThat(shown.counts()).isNull();
        assertThat(shown.chosen()).isEmpty();
      }
      if (confirmed) {
        assertThat(shown.result()).isEqualTo(round.stored());
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}: {2} ballots counted")
  @CsvSource({
    "BALLOTS,       OPEN_EMPTY,    0",
    "BALLOTS,       OPEN_PARTIAL,  4",
    "BALLOTS,       OPEN_COMPLETE, 10",
    "BALLOT_TOTALS, OPEN_PARTIAL,  ",
  })
  void aSecretBallotBeingCountedShowsOnlyTheBallotsCountedSoFar(
      EntryMode mode, State state, Integer counted) {
    SavedConference c = SessionFixtures.demo();
    SessionModel session = new SessionModel();
    session.setConference(c, SessionFixtures.outcomes(c, SessionFixtures.SECRET_VOTE, null));
    session.setVisibility(SessionFixtures.SECRET_VOTE, ResultVisibility.LIVE);
    session.showRound(
        SessionFixtures.SECRET_VOTE,
        SessionFixtures.round(c, SessionFixtures.SECRET_VOTE, mode, state));

    VoteOnScreen shown = session.voteOnScreenProperty().get();
    assertThat(shown.phase()).isEqualTo(VotePhase.COUNTING);
    assertThat(shown.counting().counted()).isEqualTo(counted);
  }
}
