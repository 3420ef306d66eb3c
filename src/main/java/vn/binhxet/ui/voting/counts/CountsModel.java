package vn.binhxet.ui.voting.counts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * The counts of the selected round, one row per option (for, against and abstaining hands, or a
 * secret ballot's votes), with the share and outcome of each; and a secret ballot's accounting.
 */
public final class CountsModel {
  /** One option of the round: what was typed, what it means, and what is wrong with it. */
  public static final class OptionRow {
    private final String option;
    private final StringProperty votesFor = new SimpleStringProperty("");
    private final StringProperty against = new SimpleStringProperty("");
    private final StringProperty abstain = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper share = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FieldProblem> problem = new ReadOnlyObjectWrapper<>();

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

    /** What the checks say of this row's entry, or null. */
    public ReadOnlyObjectProperty<FieldProblem> problemProperty() {
      return problem.getReadOnlyProperty();
    }

    void show(String share, String verdict) {
      this.share.set(share);
      this.verdict.set(verdict);
    }

    void setProblem(FieldProblem value) {
      problem.set(value);
    }
  }

  private final ObservableList<OptionRow> rows = FXCollections.observableArrayList();
  private final ObservableList<OptionRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper ballot = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper accounting = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper accountingEditable = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper invalidByReason = new ReadOnlyBooleanWrapper();
  private final StringProperty issued = new SimpleStringProperty("");
  private final StringProperty collected = new SimpleStringProperty("");
  private final Map<InvalidReason, StringProperty> invalid = new EnumMap<>(InvalidReason.class);
  private final ReadOnlyObjectWrapper<FieldProblem> issuedProblem = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<FieldProblem> collectedProblem =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

  public CountsModel() {
    for (InvalidReason r : InvalidReason.values()) {
      invalid.put(r, new SimpleStringProperty(""));
    }
  }

  public ObservableList<OptionRow> rows() {
    return rowsView;
  }

  /** The rows are shown: counts being typed, a live count the vote lets be seen, or a result. */
  public ReadOnlyBooleanProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** A secret ballot: one count per option, and the accounting. */
  public ReadOnlyBooleanProperty ballotProperty() {
    return ballot.getReadOnlyProperty();
  }

  /** The rows take counts: a round open in HANDS or BALLOT_TOTALS. */
  public ReadOnlyBooleanProperty editableProperty() {
    return editable.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty accountingProperty() {
    return accounting.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty accountingEditableProperty() {
    return accountingEditable.getReadOnlyProperty();
  }

  /** Invalid ballots are typed by reason (totals); entered one by one they are counted instead. */
  public ReadOnlyBooleanProperty invalidByReasonProperty() {
    return invalidByReason.getReadOnlyProperty();
  }

  // The committee's accounting, as typed: the view binds these both ways.
  public StringProperty issuedProperty() {
    return issued;
  }

  public StringProperty collectedProperty() {
    return collected;
  }

  public StringProperty invalidProperty(InvalidReason reason) {
    return invalid.get(reason);
  }

  public ReadOnlyObjectProperty<FieldProblem> issuedProblemProperty() {
    return issuedProblem.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<FieldProblem> collectedProblemProperty() {
    return collectedProblem.getReadOnlyProperty();
  }

  /** Every problem on the panel in words, for the keyboard user who does not hover. */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  void setRows(List<OptionRow> list) {
    rows.setAll(list);
  }

  void setShape(
      boolean shown,
      boolean ballot,
      boolean editable,
      boolean accounting,
      boolean accountingEditable,
      boolean invalidByReason) {
    this.shown.set(shown);
    this.ballot.set(ballot);
    this.editable.set(editable);
    this.accounting.set(accounting);
    this.accountingEditable.set(accountingEditable);
    this.invalidByReason.set(invalidByReason);
  }

  void setAccountingProblems(FieldProblem issued, FieldProblem collected) {
    issuedProblem.set(issued);
    collectedProblem.set(collected);
  }

  void setSummary(String text) {
    summary.set(text);
  }
}
