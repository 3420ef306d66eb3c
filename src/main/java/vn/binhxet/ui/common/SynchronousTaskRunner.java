package vn.binhxet.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Runs each task at once on the caller's thread: for controller tests, which then need no FX
 * thread. It is busy while a task runs and keeps every progress it was told, for tests to read.
 */
public final class SynchronousTaskRunner implements TaskRunner {
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
  private final List<Double> reported = new ArrayList<>();

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    runWithProgress(p -> work.call(), onSuccess, onFailure);
  }

  @Override
  public <T> void runWithProgress(
      ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    busy.set(true);
    progress.set(-1);
    try {
      result =
          work.call(
              (done, total) -> {
                double share = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
                reported.add(share);
                progress.set(share);
              });
    } catch (Exception e) {
      idle();
      onFailure.accept(e);
      return;
    }
    idle();
    onSuccess.accept(result);
  }

  private void idle() {
    busy.set(false);
    progress.set(0);
  }

  /** Every share of progress reported so far, in order. */
  public List<Double> reported() {
    return List.copyOf(reported);
  }

  @Override
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  @Override
  public void shutdown() {}
}
