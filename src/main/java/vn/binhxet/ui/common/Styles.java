package vn.binhxet.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/** The app's stylesheet and icons. */
public final class Styles {
  private Styles() {}

  public static final String STYLESHEET =
      Objects.requireNonNull(Styles.class.getResource("binhxet.css")).toExternalForm();

  /** The window icons, smallest first. */
  public static List<Image> icons() {
    return List.of(16, 32, 48, 64, 128, 256).stream()
        .map(
            size ->
                new Image(
                    Objects.requireNonNull(
                            Styles.class.getResource("icons/binhxet-" + size + ".png"))
                        .toExternalForm()))
        .toList();
  }

  /** The large logo for the welcome screen. */
  public static Image logo() {
    return new Image(
        Objects.requireNonNull(Styles.class.getResource("icons/binhxet-128.png")).toExternalForm());
  }
}
