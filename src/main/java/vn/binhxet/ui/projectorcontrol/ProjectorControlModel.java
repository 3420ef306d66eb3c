package vn.binhxet.ui.projectorcontrol;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.ui.session.Blanking;

/** The projector as the console controls it. */
public final class ProjectorControlModel {
  private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper screens = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Blanking> blanking =
      new ReadOnlyObjectWrapper<>(Blanking.OFF);
  private final ReadOnlyStringWrapper vote = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper voteShown = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<ResultVisibility> visibility = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper visibilityNote = new ReadOnlyStringWrapper("");

  /** Whether the projector window should be open: the window follows it. */
  public ReadOnlyBooleanProperty openProperty() {
    return open.getReadOnlyProperty();
  }

  /** Where the projector shows, in words: a second screen, or a window on the only one. */
  public ReadOnlyStringProperty screensProperty() {
    return screens.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Blanking> blankingProperty() {
    return blanking.getReadOnlyProperty();
  }

  /** The vote on the projector, in words, whose visibility the secretary may choose. */
  public ReadOnlyStringProperty voteProperty() {
    return vote.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty voteShownProperty() {
    return voteShown.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ResultVisibility> visibilityProperty() {
    return visibility.getReadOnlyProperty();
  }

  /** What the chosen visibility means for this vote (a secret ballot is never shown live). */
  public ReadOnlyStringProperty visibilityNoteProperty() {
    return visibilityNote.getReadOnlyProperty();
  }

  void setOpen(boolean value) {
    open.set(value);
  }

  void setScreens(String text) {
    screens.set(text);
  }

  void setBlanking(Blanking value) {
    blanking.set(value);
  }

  void setVote(String text, boolean shown, ResultVisibility value, String note) {
    vote.set(text);
    voteShown.set(shown);
    visibility.set(value);
    visibilityNote.set(note);
  }
}
