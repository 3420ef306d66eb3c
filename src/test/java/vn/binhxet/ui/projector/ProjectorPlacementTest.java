package vn.binhxet.ui.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the projector goes as screens come and go, and how large its type is. */
class ProjectorPlacementTest {
  /** Screens as "x,y,w,h" separated by ";", the first the primary; expected "x,y,w,h" or none. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0,0,1366,768                                  | none",
        "0,0,1366,768;1366,0,1024,768                   | 1366,0,1024,768",
        "0,0,1366,768;-1920,0,1920,1080                 | -1920,0,1920,1080",
        "0,0,1366,768;1366,0,1024,768;2390,0,1920,1080  | 2390,0,1920,1080",
      })
  void theProjectorTakesTheLargestScreenOtherThanTheConsoles(String screens, String expected) {
    List<Rectangle2D> all = Arrays.stream(screens.split(";")).map(s -> rect(s.trim())).toList();
    Rectangle2D chosen = ProjectorWindow.projectorBounds(all, all.get(0));
    assertThat(chosen).isEqualTo(expected.equals("none") ? null : rect(expected));
  }

  @ParameterizedTest(name = "{0}×{1}: {2}px")
  @CsvSource({"1024, 768, 28.44", "1366, 768, 28.44", "1920, 1080, 40.0", "3840, 2160, 80.0"})
  void typeFollowsTheScreenSize(double width, double height, double expected) {
    assertThat(ProjectorView.fontSize(width, height))
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.01));
  }

  private static Rectangle2D rect(String s) {
    double[] v = Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    return new Rectangle2D(v[0], v[1], v[2], v[3]);
  }
}
