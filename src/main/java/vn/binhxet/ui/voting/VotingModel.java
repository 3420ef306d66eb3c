package vn.binhxet.ui.voting;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.binhxet.domain.vote.EntryMode;

/**
 * The votes of the open conference, and the selected one's round: what it is, how it may be opened
 * and what can be done with it. The panels that take its entries have models of their own.
 */
public final class VotingModel {
  /** A line of the list of votes: its position, what it decides, and where it stands. */
  public record VoteItem(int position, String title, String state) {}

  /** A way of entering a round that the vote's method allows, with its name. */
  public record ModeItem(EntryMode mode, String label) {}

  private final ObservableList<VoteItem> votes = FXCollections.observableArrayList();
  private final ObservableList<VoteItem> votesView =
      FXCollections.unmodifiableObservableList(votes);
  private final ObservableList<ModeItem> modes = FXCollections.observableArrayList();
  private final ObservableList<ModeItem> modesView =
      FXCollections.unmodifiableObservableList(modes);
  private final ReadOnlyObjectWrapper<ModeItem> mode = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Integer> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper round = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper entering = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canDecideHead = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper tie = new ReadOnlyBooleanWrapper();

  public ObservableList<VoteItem> votes() {
    return votesView;
  }

  /** The ways the selected vote's next round may be entered. */
  public ObservableList<ModeItem> modes() {
    return modesView;
  }

  /** The way chosen for the next round. */
  public ReadOnlyObjectProperty<ModeItem> modeProperty() {
    return mode.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Integer> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty roundProperty() {
    return round.getReadOnlyProperty();
  }

  /** A new round can be opened: none yet, or a tie waits for its runoff. */
  public ReadOnlyBooleanProperty canOpenProperty() {
    return canOpen.getReadOnlyProperty();
  }

  /** A round is open and takes entries. */
  public ReadOnlyBooleanProperty enteringProperty() {
    return entering.getReadOnlyProperty();
  }

  /** The open round's last entry can be undone here (single ballots are undone in their panel). */
  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canReopenProperty() {
    return canReopen.getReadOnlyProperty();
  }

  /** Next year's head is chosen by rotation or appointment, and not recorded yet. */
  public ReadOnlyBooleanProperty canDecideHeadProperty() {
    return canDecideHead.getReadOnlyProperty();
  }

  /** The last round closed with a tie that a runoff or the chair must settle. */
  public ReadOnlyBooleanProperty tieProperty() {
    return tie.getReadOnlyProperty();
  }

  void setVotes(List<VoteItem> items) {
    votes.setAll(items);
  }

  void setSelected(Integer position) {
    selected.set(position);
  }

  void setModes(List<ModeItem> items, ModeItem chosen) {
    // Cleared first, so that a list of choices set anew always shows the one chosen.
    mode.set(null);
    modes.setAll(items);
    mode.set(chosen);
  }

  void setMode(ModeItem chosen) {
    mode.set(chosen);
  }

  void setRound(
      String heading,
      String round,
      boolean canOpen,
      boolean entering,
      boolean canUndo,
      boolean canReopen,
      boolean canDecideHead,
      boolean tie) {
    this.heading.set(heading);
    this.round.set(round);
    this.canOpen.set(canOpen);
    this.entering.set(entering);
    this.canUndo.set(canUndo);
    this.canReopen.set(canReopen);
    this.canDecideHead.set(canDecideHead);
    this.tie.set(tie);
  }
}
