package vn.binhxet.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import vn.binhxet.service.Progress;

/**
 * Where every database, PDF or file task runs, so that the FX thread never blocks. {@code
 * onSuccess} and {@code onFailure} run on the FX thread (in tests, on the caller's).
 */
public interface TaskRunner {
  /** Work that reports how far it has got while it runs. */
  @FunctionalInterface
  interface ProgressWork<T> {
    T call(Progress progress) throws Exception;
  }

  <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /** Long work (an import, a PDF, the demo): its progress shows while it runs. */
  <T> void runWithProgress(
      ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /** True while a task waits or runs: screens disable only what must wait. */
  ReadOnlyBooleanProperty busyProperty();

  /**
   * For a progress bar: 0 when idle, -1 (indeterminate) while work runs that does not tell, the
   * share done (0 to 1) while long work reports it.
   */
  ReadOnlyDoubleProperty progressProperty();

  /** Finishes the tasks already given, then stops. */
  void shutdown();
}
