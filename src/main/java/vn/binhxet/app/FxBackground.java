package vn.binhxet.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * File work off the FX thread while the data is shut and no task runner is open (opening it,
 * restoring a backup, changing its password); the outcome comes back on the FX thread.
 */
final class FxBackground {
  private FxBackground() {}

  static <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    CompletableFuture.supplyAsync(work)
        .whenComplete(
            (value, failure) ->
                Platform.runLater(
                    () -> {
                      if (failure != null) {
                        onFailure.accept(
                            failure instanceof CompletionException c ? c.getCause() : failure);
                      } else {
                        onSuccess.accept(value);
                      }
                    }));
  }
}
