package vn.binhxet.ui.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteOutcome;

/**
 * The one shared session model: the conference that is open, where its agenda stands, who is
 * present, the vote being taken and whether the projector is blanked. The console writes it through
 * its controllers; the projector only reads it, and only through the derived properties ({@link
 * #sceneProperty}, {@link #voteOnScreenProperty}, {@link #attendanceOnScreenProperty}), which apply
 * each vote's result visibility (see {@link VoteOnScreen#of}).
 *
 * <p>Everything is recomputed by bindings when an input changes, so an entry reaches the projector
 * in the same pulse as it reaches the console.
 */
public final class SessionModel {
  private final ReadOnlyObjectWrapper<SavedConference> conference = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<List<VoteOutcome>> outcomes =
      new ReadOnlyObjectWrapper<>(List.of());
  private final ReadOnlyObjectWrapper<Integer> currentStep = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Map<String, Boolean>> attendance =
      new ReadOnlyObjectWrapper<>(Map.of());
  private final ReadOnlyObjectWrapper<Integer> focus = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<RoundRecord> shownRound = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Map<Integer, ResultVisibility>> visibilities =
      new ReadOnlyObjectWrapper<>(Map.of());
  private final ReadOnlyObjectWrapper<Blanking> blanking =
      new ReadOnlyObjectWrapper<>(Blanking.OFF);
  private final BooleanBinding open = Bindings.isNotNull(conference);
  private final ObjectBinding<VoteOnScreen> voteOnScreen =
      Bindings.createObjectBinding(
          this::computeVoteOnScreen,
          conference,
          outcomes,
          currentStep,
          focus,
          shownRound,
          visibilities);
  private final ObjectBinding<AttendanceOnScreen> attendanceOnScreen =
      Bindings.createObjectBinding(
          () ->
              conference.get() == null
                  ? AttendanceOnScreen.NONE
                  : AttendanceOnScreen.of(conference.get().conference(), attendance.get()),
          conference,
          attendance);
  private final ObjectBinding<ProjectorScene> scene =
      Bindings.createObjectBinding(
          this::computeScene, conference, currentStep, voteOnScreen, focus);

  public ReadOnlyObjectProperty<SavedConference> conferenceProperty() {
    return conference.getReadOnlyProperty();
  }

  public SavedConference conference() {
    return conference.get();
  }

  public BooleanBinding openProperty() {
    return open;
  }

  /** Every vote of the open conference with its rounds, in agenda order. */
  public ReadOnlyObjectProperty<List<VoteOutcome>> outcomesProperty() {
    return outcomes.getReadOnlyProperty();
  }

  /**
   * The open conference's status changed (it started, closed or reopened): the same conference,
   * with its new status, so that everything showing the status follows.
   */
  public void setStatus(vn.binhxet.domain.ConferenceStatus status) {
    SavedConference c = conference.get();
    if (c != null && c.status() != status) {
      conference.set(new SavedConference(c.id(), status, c.createdAt(), c.conference()));
    }
  }

  /** The current agenda step's position, from 1; null before the first step. */
  public ReadOnlyObjectProperty<Integer> currentStepProperty() {
    return currentStep.getReadOnlyProperty();
  }

  /** Member units checked in, by name. */
  public ReadOnlyObjectProperty<Map<String, Boolean>> attendanceProperty() {
    return attendance.getReadOnlyProperty();
  }

  /** Each vote's result visibility by position, as chosen for the projector. */
  public ReadOnlyObjectProperty<Map<Integer, ResultVisibility>> visibilitiesProperty() {
    return visibilities.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Blanking> blankingProperty() {
    return blanking.getReadOnlyProperty();
  }

  /** What the projector shows now (blanking aside). */
  public ObjectBinding<ProjectorScene> sceneProperty() {
    return scene;
  }

  /**
   * The vote being taken as the hall may see it: the one the voting screen shows last (see {@link
   * #showRound}), else the current step's; null when neither has a vote.
   */
  public ObjectBinding<VoteOnScreen> voteOnScreenProperty() {
    return voteOnScreen;
  }

  public ObjectBinding<AttendanceOnScreen> attendanceOnScreenProperty() {
    return attendanceOnScreen;
  }

  /**
   * Called by the controllers only: the conference and its votes change together. Opening another
   * conference forgets where the last one stood; the same one again (its votes re-read after an
   * entry) keeps it.
   */
  public void setConference(SavedConference value, List<VoteOutcome> votes) {
    SavedConference was = conference.get();
    boolean other = was == null || value == null || was.id() != value.id();
    // The round given by the voting screen is older than these re-read votes.
    shownRound.set(null);
    outcomes.set(List.copyOf(votes));
    if (other) {
      currentStep.set(null);
      attendance.set(Map.of());
      focus.set(null);
      blanking.set(Blanking.OFF);
      Map<Integer, ResultVisibility> stored = new HashMap<>();
      if (value != null) {
        List<vn.binhxet.domain.Vote> list = value.conference().votes();
        for (int i = 0; i < list.size(); i++) {
          stored.put(i + 1, list.get(i).visibility());
        }
      }
      visibilities.set(Map.copyOf(stored));
    }
    conference.set(value);
  }

  /** The agenda controller moved to the step at {@code position} (null: not started). */
  public void setCurrentStep(Integer position) {
    if (!Objects.equals(position, currentStep.get())) {
      // A new step shows its own vote, not the one the voting screen last showed.
      focus.set(null);
      shownRound.set(null);
    }
    currentStep.set(position);
  }

  /** The check-in controller read or changed attendance. */
  public void setAttendance(Map<String, Boolean> present) {
    attendance.set(Map.copyOf(present));
  }

  /**
   * The vote being taken, for the projector: the voting screen calls this whenever it selects a
   * vote and after every entry, close, reopen or undo, with the vote's latest round as stored (null
   * before its first round). It needs no result: the projector's view of the round is derived here,
   * under the vote's visibility. Votes re-read later through {@link #setConference} supersede the
   * round given here.
   */
  public void showRound(int position, RoundRecord round) {
    if (position < 1 || position > outcomes.get().size()) {
      throw new IllegalArgumentException("no vote at position " + position);
    }
    shownRound.set(round);
    focus.set(position);
  }

  /** The vote at {@code position} shows its result as {@code value}, stored already. */
  public void setVisibility(int position, ResultVisibility value) {
    Map<Integer, ResultVisibility> next = new HashMap<>(visibilities.get());
    next.put(position, Objects.requireNonNull(value, "visibility"));
    visibilities.set(Map.copyOf(next));
  }

  public ResultVisibility visibilityOf(int position) {
    return visibilities.get().getOrDefault(position, ResultVisibility.FINAL);
  }

  public void setBlanking(Blanking value) {
    blanking.set(Objects.requireNonNull(value, "blanking"));
  }

  private AgendaStep step() {
    SavedConference c = conference.get();
    Integer p = currentStep.get();
    if (c == null || p == null || p < 1 || p > c.conference().agenda().size()) {
      return null;
    }
    return c.conference().agenda().get(p - 1);
  }

  private VoteOnScreen computeVoteOnScreen() {
    SavedConference c = conference.get();
    AgendaStep step = step();
    Integer position =
        focus.get() != null ? focus.get() : step == null ? null : step.votePosition();
    List<VoteOutcome> list = outcomes.get();
    if (c == null || position == null || position > list.size()) {
      return null;
    }
    VoteOutcome o = list.get(position - 1);
    RoundRecord last = o.rounds().isEmpty() ? null : o.rounds().get(o.rounds().size() - 1);
    RoundRecord round = focus.get() != null && shownRound.get() != null ? shownRound.get() : last;
    return VoteOnScreen.of(
        position,
        o.vote(),
        round,
        o.decision(),
        visibilityOf(position),
        Announced.options(c.conference(), list, o));
  }

  private ProjectorScene computeScene() {
    if (conference.get() == null) {
      return ProjectorScene.TITLE;
    }
    VoteOnScreen vote = voteOnScreen.get();
    AgendaStep step = step();
    if (focus.get() != null && vote != null) {
      return headChosen(vote) ? ProjectorScene.HEAD : ProjectorScene.VOTE;
    }
    if (step == null) {
      return ProjectorScene.TITLE;
    }
    boolean taking = vote != null && vote.phase() != VotePhase.ANNOUNCED;
    return switch (step.kind()) {
      case OPENING -> ProjectorScene.ATTENDANCE;
      case AGENDA_APPROVAL -> taking ? ProjectorScene.VOTE : ProjectorScene.AGENDA;
      case REPORT, DISCUSSION, CRITERIA, OTHER -> ProjectorScene.AGENDA;
      case NOMINATION -> vote == null ? ProjectorScene.AGENDA : ProjectorScene.VOTE;
      case CLUSTER_HEAD ->
          vote == null
              ? ProjectorScene.AGENDA
              : headChosen(vote) ? ProjectorScene.HEAD : ProjectorScene.VOTE;
      case CONCLUSION -> roundOpen(vote) ? ProjectorScene.VOTE : ProjectorScene.CLOSING;
    };
  }

  /** A head vote whose unit the hall may see: decided, or a confirmed result with no tie open. */
  private static boolean headChosen(VoteOnScreen v) {
    boolean head =
        v.vote().kind() == VoteKind.CLUSTER_HEAD || v.vote().kind() == VoteKind.DEPUTY_HEAD;
    return head
        && (v.phase() == VotePhase.DECIDED
            || (v.phase() == VotePhase.RESULT && !v.tieOpen() && !v.chosen().isEmpty()));
  }

  private static boolean roundOpen(VoteOnScreen v) {
    return v != null
        && (v.phase() == VotePhase.LIVE
            || v.phase() == VotePhase.VOTING
            || v.phase() == VotePhase.COUNTING);
  }
}
