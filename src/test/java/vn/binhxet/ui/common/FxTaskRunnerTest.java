package vn.binhxet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one background thread: upkeep given to it, and what it does once the window closed it. */
class FxTaskRunnerTest {
  @Test
  void aTaskAskedForAfterShutdownIsDroppedNotThrown() {
    FxTaskRunner tasks = new FxTaskRunner();
    tasks.shutdown();
    List<String> ran = new ArrayList<>();

    tasks.run(() -> ran.add("work"), done -> ran.add("success"), failure -> ran.add("failure"));

    assertThat(ran).isEmpty();
    assertThat(tasks.busyProperty().get()).isFalse();
  }

  @Test
  void upkeepRunsOnTheTasksThreadInOrderUnseenAndIsDroppedOnceShutDown() {
    FxTaskRunner tasks = new FxTaskRunner();
    List<String> ran = Collections.synchronizedList(new ArrayList<>());

    tasks.runUnseen(() -> ran.add("backup on " + Thread.currentThread().getName()));
    tasks.runUnseen(() -> ran.add("then this"));
    assertThat(tasks.busyProperty().get()).isFalse();
    tasks.shutdown();
    tasks.runUnseen(() -> ran.add("after shutdown"));

    assertThat(ran).containsExactly("backup on binhxet-tasks", "then this");
  }
}
