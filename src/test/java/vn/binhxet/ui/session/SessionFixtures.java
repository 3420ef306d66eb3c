package vn.binhxet.ui.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.ConferenceStatus;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundSetup;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteEngine;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * The demo conference with rounds written by hand, for tests of what the projector may show. Votes
 * of the demo: 3 and 4 are secret ballots (visibility FINAL), 5 a show of hands (LIVE), 6 the
 * cluster head, 7 the minutes.
 */
public final class SessionFixtures {
  public static final int SECRET_VOTE = 3;
  public static final int HANDS_VOTE = 5;
  public static final int HEAD_VOTE = 6;
  public static final Instant AT = Instant.parse("2018-12-03T02:00:00Z");

  /** How far a round has come. */
  public enum State {
    NONE,
    OPEN_EMPTY,
    OPEN_PARTIAL,
    OPEN_COMPLETE,
    CLOSED
  }

  private SessionFixtures() {}

  public static SavedConference demo() {
    return new SavedConference(1, ConferenceStatus.RUNNING, AT, DemoConference.create());
  }

  /** Every vote without a round, except {@code position}, which has {@code round}. */
  public static List<VoteOutcome> outcomes(SavedConference c, int position, RoundRecord round) {
    List<VoteOutcome> out = new ArrayList<>();
    List<Vote> votes = c.conference().votes();
    for (int i = 0; i < votes.size(); i++) {
      List<RoundRecord> rounds = i + 1 == position && round != null ? List.of(round) : List.of();
      out.add(new VoteOutcome(i + 1, votes.get(i), rounds));
    }
    return out;
  }

  /** The agenda step (from 1) in which the vote at {@code position} is taken. */
  public static int stepOf(SavedConference c, int position) {
    var steps = c.conference().agenda();
    for (int i = 0; i < steps.size(); i++) {
      if (Integer.valueOf(position).equals(steps.get(i).votePosition())) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no step takes vote " + position);
  }

  public static List<String> units(int n) {
    return DemoConference.UNITS.subList(0, n);
  }

  /**
   * A round of the vote at {@code position} over the first five units, ten of eleven present: hands
   * for 9, 8, 7, 6, 3 (the partial state has the first two typed); a secret ballot the same votes.
   */
  public static RoundRecord round(SavedConference c, int position, EntryMode mode, State state) {
    if (state == State.NONE) {
      return null;
    }
    Vote vote = c.conference().votes().get(position - 1);
    List<String> options = units(5);
    RoundSetup setup = new RoundSetup(1, vote.rule(), mode.method(), vote.seats(), 11, 10, options);
    int[] votes = {9, 8, 7, 6, 3};
    int typed =
        switch (state) {
          case OPEN_EMPTY -> 0;
          case OPEN_PARTIAL -> 2;
          default -> 5;
        };
    Map<String, HandsCount> hands = new LinkedHashMap<>();
    Map<String, Integer> totals = new LinkedHashMap<>();
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 0; i < typed; i++) {
      hands.put(options.get(i), new HandsCount(votes[i], 10 - votes[i], 0));
      totals.put(options.get(i), votes[i]);
    }
    if (mode.singleBallots()) {
      // Ten ballots, each choosing the options whose count it still owes: the same totals.
      int ballotsTyped = state == State.OPEN_PARTIAL ? 4 : typed == 0 ? 0 : 10;
      for (int b = 0; b < ballotsTyped; b++) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
          if (b < votes[i]) {
            marks.put(options.get(i), Mark.FOR);
          }
        }
        ballots.add(Ballot.valid(b + 1, marks));
      }
    }
    BallotTally accounting =
        new BallotTally(typed == 0 ? 0 : 10, typed == 0 ? 0 : 10, Map.of(), totals, Map.of());
    RoundRecord open =
        new RoundRecord(
            new RoundRef(c.id(), position, 1),
            setup,
            mode,
            RoundStatus.OPEN,
            AT,
            null,
            new HandsTally(hands),
            Map.of(),
            accounting,
            ballots,
            List.of(),
            null,
            null,
            List.of());
    if (state != State.CLOSED) {
      return open;
    }
    RoundResult result = VoteEngine.result(setup, open.tally());
    return new RoundRecord(
        open.ref(),
        setup,
        mode,
        RoundStatus.CLOSED,
        AT,
        AT.plusSeconds(600),
        open.hands(),
        Map.of(),
        accounting,
        ballots,
        List.of(),
        result,
        null,
        List.of());
  }
}
