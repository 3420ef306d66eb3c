package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app opens no listening port and sends nothing anywhere: every headless command and a whole
 * rehearsal run in a child JVM whose every socket route is watched (see {@link NetworkRecorder}).
 * The watch is proved by a child that opens sockets on purpose.
 */
class NoNetworkTest {
  @TempDir Path dir;

  record Child(int code, String out, String err) {
    List<String> lines(String prefix) {
      return out.lines().filter(l -> l.startsWith(prefix)).toList();
    }
  }

  private Child probe(String mode) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(
        "-Djava.nio.channels.spi.SelectorProvider=" + NetworkRecorder.Provider.class.getName());
    command.add("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED");
    command.add("-Djava.awt.headless=true");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Duser.home=" + dir.resolve("home"));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            NoNetworkProbe.class.getName(),
            mode,
            dir.toString()));
    Files.createDirectories(dir.resolve("home"));
    Process child =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    boolean finished = child.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      child.destroyForcibly().waitFor();
    }
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(finished).as("the probe exits by itself; stderr: %s", err).isTrue();
    return new Child(child.exitValue(), out, err);
  }

  @Test
  void theWholeHeadlessFlowOpensNoSocketAtAll() throws Exception {
    Child flow = probe("flow");
    assertThat(flow.lines("probe-missing")).as("every watch is installed").isEmpty();
    assertThat(flow.lines("probe-failed")).as("the flow ran; stderr: %s", flow.err()).isEmpty();
    assertThat(flow.lines("probe-event")).as("sockets asked for: %s", flow.out()).isEmpty();
    assertThat(flow.lines("probe-proc")).as("ports listened on").isEmpty();
    assertThat(flow.lines("probe-sockets")).containsExactly("probe-sockets 0 probe-listening 0");
    assertThat(flow.code()).isZero();
    assertThat(dir.resolve("minutes.pdf")).isNotEmptyFile();
    assertThat(dir.resolve("other").resolve("binhxet.mv.db")).exists();
  }

  @Test
  void theProbeCatchesSocketsOpenedOnPurpose() throws Exception {
    Child sanity = probe("sanity");
    assertThat(sanity.lines("probe-missing")).isEmpty();
    assertThat(sanity.code()).as(sanity.out()).isEqualTo(2);
    assertThat(sanity.lines("probe-event"))
        .anyMatch(l -> l.startsWith("probe-event ServerSocket created"))
        .anyMatch(l -> l.startsWith("probe-event DatagramSocket created"))
        .anyMatch(l -> l.startsWith("probe-event ServerSocketChannel opened"));
    assertThat(sanity.lines("probe-sanity")).as("the ServerSocket was refused").isEmpty();
    if (Files.isDirectory(Path.of("/proc/self/net"))) {
      assertThat(sanity.lines("probe-proc")).anyMatch(l -> l.endsWith("LISTEN"));
    }
  }
}
