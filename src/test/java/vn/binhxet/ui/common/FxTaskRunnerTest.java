package vn.binhxet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the one background thread does once the window closed it. */
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
}
