package vn.binhxet.ui.integrity;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Whether a check is under way, and whether the last one found the data changed. */
public final class IntegrityModel {
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper tampered = new ReadOnlyBooleanWrapper(false);

  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  /** The warning in the status line stays until a check finds the data intact again. */
  public ReadOnlyBooleanProperty tamperedProperty() {
    return tampered.getReadOnlyProperty();
  }

  void setChecking(boolean value) {
    checking.set(value);
  }

  void setTampered(boolean value) {
    tampered.set(value);
  }
}
