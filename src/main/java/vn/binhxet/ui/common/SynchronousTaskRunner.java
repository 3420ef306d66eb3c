package vn.binhxet.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs each task at once on the caller's thread: for controller tests, which then need no FX
 * thread.
 */
public final class SynchronousTaskRunner implements TaskRunner {
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception e) {
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }

  @Override
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  @Override
  public void shutdown() {}
}
