package vn.binhxet.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Where every database, PDF or file task runs, so that the FX thread never blocks. {@code
 * onSuccess} and {@code onFailure} run on the FX thread (in tests, on the caller's).
 */
public interface TaskRunner {
  <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /** True while a task waits or runs: screens disable only what must wait. */
  ReadOnlyBooleanProperty busyProperty();

  /** Finishes the tasks already given, then stops. */
  void shutdown();
}
