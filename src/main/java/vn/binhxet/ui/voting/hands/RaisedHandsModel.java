package vn.binhxet.ui.voting.hands;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * A show of hands ticked unit by unit: per option, how each voter present raised its hand, and the
 * counts that follow from the ticks.
 */
public final class RaisedHandsModel {
  /** An option with its counts so far, and whether its ticks are saved. */
  public record OptionItem(String option, String summary, boolean saved) {}

  /** A voter present and how it raised its hand for the selected option (null: not at all). */
  public static final class VoterRow {
    private final String name;
    private final ReadOnlyObjectWrapper<Choice> choice = new ReadOnlyObjectWrapper<>();

    VoterRow(String name, Choice choice) {
      this.name = name;
      this.choice.set(choice);
    }

    public String name() {
      return name;
    }

    public ReadOnlyObjectProperty<Choice> choiceProperty() {
      return choice.getReadOnlyProperty();
    }

    void setChoice(Choice value) {
      choice.set(value);
    }
  }

  private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
  private final ObservableList<OptionItem> options = FXCollections.observableArrayList();
  private final ObservableList<OptionItem> optionsView =
      FXCollections.unmodifiableObservableList(options);
  private final ReadOnlyObjectWrapper<Integer> option = new ReadOnlyObjectWrapper<>();
  private final ObservableList<VoterRow> voters = FXCollections.observableArrayList();
  private final ObservableList<VoterRow> votersView =
      FXCollections.unmodifiableObservableList(voters);
  private final ReadOnlyObjectWrapper<Integer> voter = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<FieldProblem> problem = new ReadOnlyObjectWrapper<>();

  /** A round ticked unit by unit is open. */
  public ReadOnlyBooleanProperty activeProperty() {
    return active.getReadOnlyProperty();
  }

  public ObservableList<OptionItem> options() {
    return optionsView;
  }

  /** The index of the option being ticked. */
  public ReadOnlyObjectProperty<Integer> optionProperty() {
    return option.getReadOnlyProperty();
  }

  public ObservableList<VoterRow> voters() {
    return votersView;
  }

  /** The index of the voter the next key ticks. */
  public ReadOnlyObjectProperty<Integer> voterProperty() {
    return voter.getReadOnlyProperty();
  }

  /** The counts that follow from the selected option's ticks, saved or not. */
  public ReadOnlyStringProperty countsProperty() {
    return counts.getReadOnlyProperty();
  }

  /** The option being ticked, in words. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<FieldProblem> problemProperty() {
    return problem.getReadOnlyProperty();
  }

  void setActive(boolean value) {
    active.set(value);
  }

  void setOptions(List<OptionItem> items) {
    if (!options.equals(items)) {
      options.setAll(items);
    }
  }

  void setOption(Integer index, String titleText) {
    option.set(index);
    title.set(titleText);
  }

  void setVoters(List<VoterRow> rows) {
    voters.setAll(rows);
  }

  void setVoter(Integer index) {
    voter.set(index);
  }

  void setCounts(String text) {
    counts.set(text);
  }

  void setProblem(FieldProblem value) {
    problem.set(value);
  }
}
