package vn.binhxet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The memory run starts the app with the installed launchers' JVM options, read from the jar. */
class AppMemoryTest {
  @ParameterizedTest(name = "[{0}] gives {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--java-options -Xmx1g                          | -Xmx1g",
        "  --java-options   -XX:+UseSerialGC            | -XX:+UseSerialGC",
        "--java-options \"-Dfile.encoding=UTF-8\"       | -Dfile.encoding=UTF-8",
        "# --java-options -Xmx9g                        | ''",
        "--name binhxet                                 | ''",
        "--java-optionsX -Xmx9g                         | ''",
      })
  void anOptionLineGivesItsValueAndOtherLinesNothing(String line, String expected) {
    assertThat(AppMemory.javaOptions(line))
        .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @Test
  void theJarCarriesThePackagedLaunchersOptions() throws Exception {
    assertThat(AppMemory.appJvmOptions())
        .contains("-XX:+UseSerialGC", "-Xmx1g", "-Dfile.encoding=UTF-8");
  }
}
