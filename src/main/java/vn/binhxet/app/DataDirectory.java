package vn.binhxet.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the data lives: the folder named on the command line, else {@code BINHXET_HOME}, else the
 * user's data folder as each system names it.
 */
public final class DataDirectory {
  private DataDirectory() {}

  public static Path resolve(String option, Map<String, String> env, String osName, String home) {
    if (option != null && !option.isBlank()) {
      return Path.of(option).toAbsolutePath().normalize();
    }
    String override = env.get("BINHXET_HOME");
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath().normalize();
    }
    String os = osName.toLowerCase(java.util.Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData != null && !appData.isBlank()
              ? Path.of(appData)
              : Path.of(home, "AppData", "Roaming");
      return base.resolve("BinhXet");
    }
    if (os.startsWith("mac")) {
      return Path.of(home, "Library", "Application Support", "BinhXet");
    }
    String xdg = env.get("XDG_DATA_HOME");
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "binhxet");
    }
    return Path.of(home, ".local", "share", "binhxet");
  }

  /** The folder for this process, from its option, environment and system properties. */
  public static Path forThisProcess(String option) {
    return resolve(
        option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
  }
}
