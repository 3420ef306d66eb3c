package vn.binhxet.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * One background thread for all tasks: entries are written in the order they were made, and the
 * database sees one writer.
 */
public final class FxTaskRunner implements TaskRunner {
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "binhxet-tasks");
            t.setDaemon(false);
            return t;
          });
  private final AtomicInteger pending = new AtomicInteger();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    runWithProgress(p -> work.call(), onSuccess, onFailure);
  }

  @Override
  public <T> void runWithProgress(
      ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    if (executor.isShutdown()) {
      // The window is closing: a task that finished meanwhile may still ask, from its callback,
      // for more (a reload of what it changed), which nobody will see. Nothing is written then:
      // no intent reaches a closed window.
      return;
    }
    pending.incrementAndGet();
    busy.set(true);
    progress.set(-1);
    try {
      submit(work, onSuccess, onFailure);
    } catch (RejectedExecutionException closing) {
      // Shut down between the check and the submit, from another thread (a test's tear-down).
      pending.decrementAndGet();
    }
  }

  /**
   * Runs {@code work} on the tasks' thread after the tasks already given, without showing the
   * screens as busy: upkeep that no screen waits for (a backup after a write). Dropped once the
   * runner is shut down.
   */
  public void runUnseen(Runnable work) {
    try {
      executor.execute(work);
    } catch (RejectedExecutionException closing) {
      // Closing: what was due is taken at exit.
    }
  }

  private <T> void submit(
      ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    executor.execute(
        () -> {
          T result = null;
          Throwable failure = null;
          try {
            result =
                work.call(
                    (done, total) -> {
                      double share = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
                      Platform.runLater(() -> progress.set(share));
                    });
          } catch (Throwable t) {
            failure = t;
          }
          T r = result;
          Throwable f = failure;
          Platform.runLater(
              () -> {
                boolean more = pending.decrementAndGet() > 0;
                busy.set(more);
                progress.set(more ? -1 : 0);
                if (f == null) {
                  onSuccess.accept(r);
                } else {
                  onFailure.accept(f);
                }
              });
        });
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
  public void shutdown() {
    executor.shutdown();
    try {
      // A write under way is let finish: an entry is never cut off half-written by closing the
      // window.
      executor.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
