package vn.binhxet.ui.voting.round;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every panel of the voting screen shares: the line saying what was saved last and when, a
 * message that belongs to no field, and where the next keystroke is expected.
 */
public final class EntryStatusModel {
  /**
   * Where focus should go: a node's id. The sequence makes a second request for the same node a
   * change too.
   */
  public record Focus(String target, long seq) {}

  private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>();
  private long requests;

  public ReadOnlyStringProperty savedProperty() {
    return saved.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Focus> focusProperty() {
    return focus.getReadOnlyProperty();
  }

  public void setSaved(String text) {
    saved.set(text);
  }

  public void setMessage(String text) {
    message.set(text);
  }

  public void requestFocus(String target) {
    focus.set(new Focus(target, ++requests));
  }
}
