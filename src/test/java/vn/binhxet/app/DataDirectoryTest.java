package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataDirectoryTest {
  @ParameterizedTest(name = "{0} on {1}, BINHXET_HOME={2}, XDG={3}, APPDATA={4} → {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        "/opt/bx, Linux, /srv/env, /x/data, -, /opt/bx",
        "-, Linux, /srv/env, /x/data, -, /srv/env",
        "-, Linux, -, /x/data, -, /x/data/binhxet",
        "-, Linux, -, -, -, /home/thu/.local/share/binhxet",
        "-, Linux, -, relative/path, -, /home/thu/.local/share/binhxet",
        "-, Mac OS X, -, /x/data, -, /home/thu/Library/Application Support/BinhXet",
        "-, Windows 11, -, -, /w/Roaming, /w/Roaming/BinhXet",
        "-, Windows 10, -, -, -, /home/thu/AppData/Roaming/BinhXet",
        "-, Windows 10, /srv/env, -, /w/Roaming, /srv/env"
      })
  void followsTheOptionThenTheEnvironmentThenTheSystem(
      String option, String os, String home, String xdg, String appData, String expected) {
    Map<String, String> env = new HashMap<>();
    if (home != null) env.put("BINHXET_HOME", home);
    if (xdg != null) env.put("XDG_DATA_HOME", xdg);
    if (appData != null) env.put("APPDATA", appData);
    assertThat(DataDirectory.resolve(option, env, os, "/home/thu")).isEqualTo(Path.of(expected));
  }
}
