package vn.binhxet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The app's version, as the build wrote it. */
public final class Version {
  private Version() {}

  public static String current() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/vn/binhxet/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "dev");
  }
}
