package vn.binhxet.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.HeadDecision;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundStatus;

/**
 * A vote as the hall may see it. Only {@link #of} makes one, and it is where result visibility is
 * enforced: a secret ballot's count never leaves it before its round is closed, a show of hands'
 * counts only while it is entered under visibility LIVE, and a hidden vote's result never.
 *
 * @param position the vote's position in the conference, from 1
 * @param round the round's number, 0 before the first
 * @param options what is voted on, in ballot order
 * @param votersPresent frozen when the round opened; null before
 * @param counts the hands typed so far (phase LIVE only)
 * @param result the live result (LIVE, null while the entries have errors) or the confirmed one
 *     (RESULT); null in every other phase
 * @param chosen who the round chose (nominated, then the chair's choice among the tied), or the
 *     head decided (DECIDED)
 * @param counting the ballots of a secret ballot being counted (COUNTING only)
 */
public record VoteOnScreen(
    int position,
    Vote vote,
    VotePhase phase,
    int round,
    List<String> options,
    int seats,
    Integer votersPresent,
    Integer votersEntitled,
    HandsTally counts,
    RoundResult result,
    List<String> chosen,
    Counting counting) {

  /**
   * Ballots of a secret ballot being counted: issued and collected as the committee reported them,
   * and, when ballots are entered one by one, how many are entered so far (else null).
   */
  public record Counting(int issued, int collected, Integer counted) {}

  public VoteOnScreen {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(phase, "phase");
    options = List.copyOf(options);
    chosen = List.copyOf(chosen);
  }

  /** A tie across the last seat that no runoff and no chair has settled yet. */
  public boolean tieOpen() {
    // The chair's choice among the tied follows the nominees in chosen: none means still open.
    return phase == VotePhase.RESULT
        && !result.tied().isEmpty()
        && chosen.size() == result.nominated().size();
  }

  /**
   * What the hall may see of the vote at {@code position}: {@code round} is its latest round (null
   * before the first), {@code decision} a head's rotation or appointment, {@code announced} the
   * options a first round would put to the vote.
   */
  public static VoteOnScreen of(
      int position,
      Vote vote,
      RoundRecord round,
      HeadDecision decision,
      ResultVisibility visibility,
      List<String> announced) {
    if (decision != null) {
      return visibility == ResultVisibility.HIDDEN
          ? announced(position, vote, VotePhase.WITHHELD, announced)
          : new VoteOnScreen(
              position,
              vote,
              VotePhase.DECIDED,
              0,
              announced,
              vote.seats(),
              null,
              null,
              null,
              null,
              List.of(decision.unit()),
              null);
    }
    if (round == null) {
      return announced(position, vote, VotePhase.ANNOUNCED, announced);
    }
    boolean secret = round.setup().method() == VotingMethod.SECRET_BALLOT;
    if (round.status() == RoundStatus.OPEN) {
      if (secret) {
        Integer counted = round.mode().singleBallots() ? round.first().size() : null;
        return taken(
            position,
            vote,
            round,
            VotePhase.COUNTING,
            null,
            null,
            new Counting(round.accounting().issued(), round.accounting().collected(), counted));
      }
      if (visibility == ResultVisibility.LIVE && round.tally() instanceof HandsTally hands) {
        return taken(position, vote, round, VotePhase.LIVE, hands, round.currentResult(), null);
      }
      return taken(position, vote, round, VotePhase.VOTING, null, null, null);
    }
    if (visibility == ResultVisibility.HIDDEN || round.stored() == null) {
      return taken(position, vote, round, VotePhase.WITHHELD, null, null, null);
    }
    return taken(position, vote, round, VotePhase.RESULT, null, round.stored(), null);
  }

  private static VoteOnScreen announced(
      int position, Vote vote, VotePhase phase, List<String> options) {
    return new VoteOnScreen(
        position, vote, phase, 0, options, vote.seats(), null, null, null, null, List.of(), null);
  }

  private static VoteOnScreen taken(
      int position,
      Vote vote,
      RoundRecord r,
      VotePhase phase,
      HandsTally counts,
      RoundResult result,
      Counting counting) {
    List<String> chosen = new ArrayList<>();
    if (phase == VotePhase.RESULT) {
      chosen.addAll(r.stored().nominated());
      chosen.addAll(r.chairChoice());
    }
    return new VoteOnScreen(
        position,
        vote,
        phase,
        r.ref().round(),
        r.setup().options(),
        r.setup().seats(),
        r.setup().votersPresent(),
        r.setup().votersEntitled(),
        counts,
        result,
        chosen,
        counting);
  }
}
