package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --startup-probe} opens the real window in a child JVM (headless), prints when it is shown
 * and when the main window is ready in it, and exits.
 */
class StartupProbeTest {
  @TempDir Path dir;

  @Test
  void printsTheStartupTimeAndExits() throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String p :
        List.of(
            "glass.platform",
            "monocle.platform",
            "prism.order",
            "prism.text",
            "java.awt.headless")) {
      String value = System.getProperty(p);
      if (value != null) {
        command.add("-D" + p + "=" + value);
      }
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Launcher.class.getName(),
            "--startup-probe",
            "--data-dir",
            dir.toString()));
    Process probe = new ProcessBuilder(command).redirectErrorStream(false).start();
    boolean finished = probe.waitFor(90, TimeUnit.SECONDS);
    if (!finished) {
      probe.destroyForcibly();
    }
    String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(probe.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(finished).as("the probe exits by itself; stderr: %s", err).isTrue();
    assertThat(probe.exitValue()).as("exit code; stderr: %s", err).isZero();
    assertThat(out.lines().filter(l -> l.matches("(startup|ready)-ms \\d+")))
        .as("the window shown, then the main window ready in it")
        .hasSize(2)
        .satisfies(
            lines -> {
              assertThat(lines.get(0)).startsWith("startup-ms");
              assertThat(lines.get(1)).startsWith("ready-ms");
              assertThat(ms(lines.get(1))).isGreaterThanOrEqualTo(ms(lines.get(0)));
            });
  }

  private static long ms(String line) {
    return Long.parseLong(line.substring(line.indexOf(' ') + 1));
  }
}
