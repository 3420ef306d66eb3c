package vn.binhxet.ui.agendaedit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.ui.common.EditorState;

/**
 * The agenda being prepared: its steps, and the step in the form with what happens in it and the
 * vote taken in it ({@link #NO_VOTE}, {@link #NEW_MOTION}, or a vote's position).
 */
public final class AgendaEditModel {
  public static final String KIND = "kind";
  public static final String TITLE = "title";
  public static final String VOTE = "vote";
  public static final int NO_VOTE = -1;
  public static final int NEW_MOTION = 0;

  /** A vote the step may take, and its words. */
  public record VoteChoice(int position, String label) {}

  private final EditorState state = new EditorState();
  private final ObjectProperty<AgendaStepKind> kind =
      new SimpleObjectProperty<>(AgendaStepKind.OTHER);
  private final StringProperty title = new SimpleStringProperty("");
  private final ObjectProperty<VoteChoice> vote = new SimpleObjectProperty<>();
  private final ObservableList<VoteChoice> votes = FXCollections.observableArrayList();
  private final ObservableList<VoteChoice> votesView =
      FXCollections.unmodifiableObservableList(votes);

  public EditorState state() {
    return state;
  }

  // The form's fields are the user's to edit: the view binds them both ways.
  public ObjectProperty<AgendaStepKind> kindProperty() {
    return kind;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public ObjectProperty<VoteChoice> voteProperty() {
    return vote;
  }

  public ObservableList<VoteChoice> votes() {
    return votesView;
  }

  void setVotes(java.util.List<VoteChoice> list) {
    votes.setAll(list);
  }
}
