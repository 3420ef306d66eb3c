package vn.binhxet.ui.voting;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The votes of the open conference and the show of hands being entered in the selected one. */
public final class VotingModel {
  /** A line of the list of votes: its position, what it decides, and where it stands. */
  public record VoteItem(int position, String title, String state) {}

  /** One option of the open round: what was typed, what it means, and what is wrong with it. */
  public static final class OptionRow {
    private final String option;
    private final StringProperty votesFor = new SimpleStringProperty("");
    private final StringProperty against = new SimpleStringProperty("");
    private final StringProperty abstain = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper share = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    OptionRow(String option) {
      this.option = option;
    }

    public String option() {
      return option;
    }

    // What the secretary types: the view binds these both ways.
    public StringProperty votesForProperty() {
      return votesFor;
    }

    public StringProperty againstProperty() {
      return against;
    }

    public StringProperty abstainProperty() {
      return abstain;
    }

    public ReadOnlyStringProperty shareProperty() {
      return share.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
      return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
      return problem.getReadOnlyProperty();
    }

    void show(String share, String verdict) {
      this.share.set(share);
      this.verdict.set(verdict);
    }

    void setProblem(String text) {
      problem.set(text);
    }
  }

  private final ReadOnlyBooleanWrapper ballot = new ReadOnlyBooleanWrapper();
  private final StringProperty issued = new SimpleStringProperty("");
  private final StringProperty collected = new SimpleStringProperty("");
  private final java.util.Map<vn.binhxet.domain.vote.InvalidReason, StringProperty> invalid =
      new java.util.EnumMap<>(vn.binhxet.domain.vote.InvalidReason.class);
  private final ReadOnlyStringWrapper accountingProblem = new ReadOnlyStringWrapper("");

  {
    for (vn.binhxet.domain.vote.InvalidReason r : vn.binhxet.domain.vote.InvalidReason.values()) {
      invalid.put(r, new SimpleStringProperty(""));
    }
  }

  /** The open or shown round is a secret ballot: its accounting, and one count per option. */
  public ReadOnlyBooleanProperty ballotProperty() {
    return ballot.getReadOnlyProperty();
  }

  // The committee's accounting, as typed: the view binds these both ways.
  public StringProperty issuedProperty() {
    return issued;
  }

  public StringProperty collectedProperty() {
    return collected;
  }

  public StringProperty invalidProperty(vn.binhxet.domain.vote.InvalidReason reason) {
    return invalid.get(reason);
  }

  public ReadOnlyStringProperty accountingProblemProperty() {
    return accountingProblem.getReadOnlyProperty();
  }

  void setBallot(boolean value) {
    ballot.set(value);
  }

  void setAccountingProblem(String text) {
    accountingProblem.set(text);
  }

  private final ObservableList<VoteItem> votes = FXCollections.observableArrayList();
  private final ObservableList<VoteItem> votesView =
      FXCollections.unmodifiableObservableList(votes);
  private final ObservableList<OptionRow> rows = FXCollections.observableArrayList();
  private final ObservableList<OptionRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyObjectWrapper<Integer> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper round = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper entering = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper tie = new ReadOnlyBooleanWrapper();

  /** The last round closed with a tie that a runoff or the chair must settle. */
  public ReadOnlyBooleanProperty tieProperty() {
    return tie.getReadOnlyProperty();
  }

  void setTie(boolean value) {
    tie.set(value);
  }

  public ObservableList<VoteItem> votes() {
    return votesView;
  }

  public ObservableList<OptionRow> rows() {
    return rowsView;
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

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** A new round can be opened: none yet, or a tie waits for its runoff. */
  public ReadOnlyBooleanProperty canOpenProperty() {
    return canOpen.getReadOnlyProperty();
  }

  /** A round is open and takes entries. */
  public ReadOnlyBooleanProperty enteringProperty() {
    return entering.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canReopenProperty() {
    return canReopen.getReadOnlyProperty();
  }

  void setVotes(java.util.List<VoteItem> items) {
    votes.setAll(items);
  }

  void setRows(java.util.List<OptionRow> list) {
    rows.setAll(list);
  }

  void setSelected(Integer position) {
    selected.set(position);
  }

  void setRound(
      String heading, String round, boolean canOpen, boolean entering, boolean canReopen) {
    this.heading.set(heading);
    this.round.set(round);
    this.canOpen.set(canOpen);
    this.entering.set(entering);
    this.canReopen.set(canReopen);
  }

  void setMessage(String text) {
    message.set(text);
  }
}
