package vn.binhxet.app;

import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;

/**
 * The main window's stage. It is shown first, with the app's name, while the data opens and the
 * screens are built; the main window then takes its place in the same stage (decision 0033).
 */
final class MainStage {
  /** The stylesheet's -bx-canvas: the stylesheet itself is not read yet. */
  private static final Color CANVAS = Color.web("#f3f5f9");

  private MainStage() {}

  /**
   * The stage with its title, size and colour only: what the window shows first comes a frame later
   * ({@link #showOpening}), so that nothing delays the window itself.
   */
  static Stage create(I18n i18n) {
    Stage stage = new Stage();
    stage.titleProperty().bind(i18n.bind("app.name"));
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double width = Math.min(1280, screen.getWidth());
    double height = Math.min(800, screen.getHeight());
    stage.setMinWidth(Math.min(960, screen.getWidth()));
    stage.setMinHeight(Math.min(600, screen.getHeight()));
    StackPane root = new StackPane();
    root.setBackground(Background.fill(CANVAS));
    // The app's stylesheet comes with the main window: read now, it would delay the first frame.
    stage.setScene(new Scene(root, width, height));
    return stage;
  }

  /** The icons, and the app's name while the data opens, unless the main window came first. */
  static void showOpening(Stage stage, I18n i18n) {
    stage.getIcons().setAll(Styles.icons());
    if (stage.getScene().getRoot() instanceof StackPane root && root.getChildren().isEmpty()) {
      root.getChildren().add(opening(i18n));
    }
  }

  /**
   * Shapes and layout panes only, coloured in code: a control would make the toolkit load and apply
   * its whole theme before the first frame, which is the cost this window is here to hide.
   */
  private static Parent opening(I18n i18n) {
    ImageView logo = new ImageView(Styles.logo());
    logo.setFitWidth(96);
    logo.setPreserveRatio(true);
    Text name = new Text(i18n.tr("app.name"));
    name.setFont(Font.font(null, FontWeight.BOLD, 28));
    name.setFill(Color.web("#13294b"));
    Text tagline = new Text(i18n.tr("app.tagline"));
    tagline.setFont(Font.font(17));
    tagline.setFill(Color.web("#a70d26"));
    Text opening = new Text(i18n.tr("app.opening"));
    opening.setFont(Font.font(14));
    opening.setFill(Color.web("#5b6577"));
    VBox box = new VBox(12, logo, name, tagline, opening);
    box.setAlignment(Pos.CENTER);
    return box;
  }

  /**
   * Loads and applies the theme and the app's stylesheet to a few controls that are never shown, on
   * the FX thread while the data is still opening, so that the main window does not wait for it.
   */
  static void warmUp() {
    Scene scene = new Scene(new StackPane(new MenuBar(), new Label(), new TableView<>()));
    scene.getStylesheets().add(Styles.STYLESHEET);
    scene.getRoot().applyCss();
    scene.getRoot().layout();
  }
}
