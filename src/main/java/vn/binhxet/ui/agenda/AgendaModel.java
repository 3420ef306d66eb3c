package vn.binhxet.ui.agenda;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

/** The agenda as the conference runs through it, and the notes of the step shown. */
public final class AgendaModel {
  /** A step: its position, title, and where it stands (current, done, to come). */
  public record StepItem(int position, String title, String state, boolean current) {}

  private final ObservableList<StepItem> steps = FXCollections.observableArrayList();
  private final ObservableList<StepItem> stepsView =
      FXCollections.unmodifiableObservableList(steps);
  private final ReadOnlyObjectWrapper<Integer> shown = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper timing = new ReadOnlyStringWrapper("");
  private final StringProperty notes = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper openItems = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper atLastStep = new ReadOnlyBooleanWrapper();
  private final BooleanBinding canInsert =
      Bindings.createBooleanBinding(
          () -> {
            String s = suggestion.get();
            String n = notes.get() == null ? "" : notes.get();
            return !s.isEmpty() && !n.isBlank() && !n.contains(s);
          },
          suggestion,
          notes);
  private final BooleanBinding canFinish = atLastStep.and(closed.not());

  /** The sentence suggested for the shown step's notes from what is recorded, or empty. */
  public ReadOnlyStringProperty suggestionProperty() {
    return suggestion.getReadOnlyProperty();
  }

  /**
   * The secretary has written notes and the suggestion is not in them: it may be inserted, never
   * put in their place.
   */
  public BooleanBinding canInsertSuggestionProperty() {
    return canInsert;
  }

  /** The conference is closed: the steps stay where they are until it is reopened. */
  public ReadOnlyBooleanProperty closedProperty() {
    return closed.getReadOnlyProperty();
  }

  /** The current step is the last one and the conference is not closed yet. */
  public BooleanBinding canFinishProperty() {
    return canFinish;
  }

  void setSuggestion(String text) {
    suggestion.set(text);
  }

  void setClosed(boolean value) {
    closed.set(value);
  }

  void setAtLastStep(boolean value) {
    atLastStep.set(value);
  }

  /**
   * What is still open before the minutes can be printed: votes not decided, steps without notes.
   */
  public ReadOnlyStringProperty openItemsProperty() {
    return openItems.getReadOnlyProperty();
  }

  void setOpenItems(String text) {
    openItems.set(text);
  }

  public ObservableList<StepItem> steps() {
    return stepsView;
  }

  /** The step whose notes are shown: the current one unless the secretary picked another. */
  public ReadOnlyObjectProperty<Integer> shownProperty() {
    return shown.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  /** When the step began and how long it has run or ran. */
  public ReadOnlyStringProperty timingProperty() {
    return timing.getReadOnlyProperty();
  }

  /** The notes for the minutes, as typed: the view binds them both ways. */
  public StringProperty notesProperty() {
    return notes;
  }

  public ReadOnlyStringProperty savedProperty() {
    return saved.getReadOnlyProperty();
  }

  void setSteps(java.util.List<StepItem> items) {
    steps.setAll(items);
  }

  void show(Integer position, String heading, String timing) {
    shown.set(position);
    this.heading.set(heading);
    this.timing.set(timing);
  }

  void setSaved(String text) {
    saved.set(text);
  }
}
