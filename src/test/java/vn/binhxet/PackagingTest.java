package vn.binhxet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the installers are made of, checked without jpackage (docs/decisions/0030): the files that
 * packaging/ names exist, the icon set is whole, and the three systems agree on the conference
 * file.
 */
class PackagingTest {
  private static final Path PACKAGING = Path.of("packaging");
  private static final Path ICONS = Path.of("icons");

  /** jpackage/jlink options whose value is a path relative to the project root. */
  private static final Pattern PATH_OPTION =
      Pattern.compile(
          "^--(icon|license-file|file-associations|resource-dir|add-launcher)\\s+(\\S+=)?(\\S+)");

  static Stream<Path> argFiles() throws IOException {
    try (Stream<Path> files = Files.walk(PACKAGING)) {
      return files.filter(f -> f.toString().endsWith(".args")).toList().stream();
    }
  }

  static Stream<Path> propertiesFiles() throws IOException {
    try (Stream<Path> files = Files.list(PACKAGING.resolve("jpackage"))) {
      return files.filter(f -> f.toString().endsWith(".properties")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("argFiles")
  void everyPathAnArgumentFileNamesExists(Path argFile) throws IOException {
    List<String> named = new ArrayList<>();
    for (String line : Files.readAllLines(argFile, StandardCharsets.UTF_8)) {
      Matcher m = PATH_OPTION.matcher(line.strip());
      if (m.find()) {
        named.add(m.group(3));
      }
    }
    assertThat(named).allSatisfy(p -> assertThat(Path.of(p)).as("named in " + argFile).exists());
  }

  @ParameterizedTest
  @MethodSource("propertiesFiles")
  void everyIconAPropertiesFileNamesExists(Path file) throws IOException {
    String icon = load(file).getProperty("icon");
    if (icon != null) {
      assertThat(Path.of(icon)).as("icon of " + file).exists();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"linux", "windows", "macos"})
  void everySystemAssociatesTheSameConferenceFile(String system) throws IOException {
    Properties association =
        load(PACKAGING.resolve("jpackage/file-association-" + system + ".properties"));
    assertThat(association.getProperty("extension")).isEqualTo("binhxet");
    assertThat(association.getProperty("mime-type"))
        .isEqualTo("application/vnd.binhxet.conference+json");
    assertThat(association.getProperty("description")).contains("Bình Xét");
    assertThat(
            PACKAGING.resolve(
                "jpackage/" + system + (system.equals("linux") ? "-deb" : "") + ".args"))
        .content(StandardCharsets.UTF_8)
        .contains("--file-associations packaging/jpackage/file-association-" + system);
  }

  /** WiX 3 refuses characters outside code page 1252 in the .msi's texts (LGHT0311). */
  @Test
  void theWindowsInstallerTextsFitCodePage1252() throws IOException {
    var cp1252 = java.nio.charset.Charset.forName("windows-1252").newEncoder();
    List<String> texts = new ArrayList<>();
    texts.add(
        load(PACKAGING.resolve("jpackage/file-association-windows.properties"))
            .getProperty("description"));
    for (Path f :
        List.of(
            PACKAGING.resolve("jpackage/app-image.args"),
            PACKAGING.resolve("jpackage/windows.args"))) {
      Files.readAllLines(f, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.startsWith("#"))
          .forEach(texts::add);
    }
    assertThat(texts).allSatisfy(t -> assertThat(cp1252.canEncode(t)).as(t).isTrue());
  }

  @Test
  void theRuntimeKeepsVietnameseLocaleData() throws IOException {
    assertThat(PACKAGING.resolve("jlink.args"))
        .content(StandardCharsets.UTF_8)
        .contains("jdk.localedata")
        .containsPattern("(?m)^--include-locales=(\\S*,)?vi(,|$)")
        .contains("--generate-cds-archive");
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512, 1024})
  void everyIconSizeIsAPngOfThatSize(int size) throws IOException {
    byte[] png = Files.readAllBytes(ICONS.resolve("png/binhxet-" + size + ".png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    assertThat(header.getInt()).as("width").isEqualTo(size);
    assertThat(header.getInt()).as("height").isEqualTo(size);
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 32, 48, 64, 128, 256})
  void theWindowIconsAreTheIconSetsCopies(int size) throws IOException {
    try (InputStream in =
        PackagingTest.class.getResourceAsStream(
            "/vn/binhxet/ui/common/icons/binhxet-" + size + ".png")) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes())
          .isEqualTo(Files.readAllBytes(ICONS.resolve("png/binhxet-" + size + ".png")));
    }
  }

  @Test
  void theWindowsAndMacIconsHoldTheSizesTheirSystemsAsk() throws IOException {
    byte[] ico = Files.readAllBytes(ICONS.resolve("binhxet.ico"));
    // ICONDIR: reserved 0, type 1, then the number of images (little-endian).
    assertThat(ico).startsWith(0, 0, 1, 0);
    assertThat((ico[4] & 0xff) | (ico[5] & 0xff) << 8).as("images in the .ico").isEqualTo(7);
    byte[] icns = Files.readAllBytes(ICONS.resolve("binhxet.icns"));
    assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
    assertThat(ByteBuffer.wrap(icns, 4, 4).getInt()).as("declared length").isEqualTo(icns.length);
    String content = new String(icns, StandardCharsets.ISO_8859_1);
    // 1024 px (ic10) and 512 px (ic09): the sizes Finder and the Dock use on a Retina screen.
    assertThat(content).contains("ic10", "ic09");
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    return p;
  }
}
