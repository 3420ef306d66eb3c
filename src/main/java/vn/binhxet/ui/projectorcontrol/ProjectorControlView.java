package vn.binhxet.ui.projectorcontrol;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.session.Blanking;

/**
 * The projector panel of the console: the live preview, open/close, black and title (Ctrl+B, Ctrl+T
 * anywhere in the window), and the result visibility of the vote on the projector.
 */
public final class ProjectorControlView {
  static final KeyCombination BLACK = KeyCombination.keyCombination("Shortcut+B");
  static final KeyCombination TITLE = KeyCombination.keyCombination("Shortcut+T");

  private final VBox root = new VBox(6);
  private final Map<KeyCombination, Runnable> shortcuts;
  private final ChangeListener<Scene> sceneChanged;

  public ProjectorControlView(
      ProjectorControlModel model, ProjectorControlController controller, I18n i18n, Node preview) {
    root.setId("projector-control");
    root.getStyleClass().add("projector-control");
    Label title = new Label();
    title.getStyleClass().add("section-title");
    title.textProperty().bind(i18n.bind("projector.control.title"));

    ToggleButton open = new ToggleButton();
    open.setId("projector-open");
    open.setMaxWidth(Double.MAX_VALUE);
    open.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.openProperty())
                .then(i18n.bind("projector.control.close"))
                .otherwise(i18n.bind("projector.control.open")));
    Runnable openSync = follow(open, () -> model.openProperty().get(), model.openProperty());
    open.setOnAction(
        e -> {
          controller.onToggleOpen();
          openSync.run();
        });

    ToggleButton black = new ToggleButton();
    black.setId("projector-black-button");
    black.textProperty().bind(i18n.bind("projector.control.black"));
    black.setTooltip(tooltip(i18n, "projector.control.black.tip"));
    Runnable blackSync =
        follow(
            black,
            () -> model.blankingProperty().get() == Blanking.BLACK,
            model.blankingProperty());
    black.setOnAction(
        e -> {
          controller.onBlack();
          blackSync.run();
        });
    ToggleButton titleButton = new ToggleButton();
    titleButton.setId("projector-title-button");
    titleButton.textProperty().bind(i18n.bind("projector.control.titleBlank"));
    titleButton.setTooltip(tooltip(i18n, "projector.control.titleBlank.tip"));
    Runnable titleSync =
        follow(
            titleButton,
            () -> model.blankingProperty().get() == Blanking.TITLE,
            model.blankingProperty());
    titleButton.setOnAction(
        e -> {
          controller.onTitle();
          titleSync.run();
        });
    for (ToggleButton b : new ToggleButton[] {black, titleButton}) {
      b.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(b, Priority.ALWAYS);
    }
    HBox blanking = new HBox(6, black, titleButton);

    Label screens = new Label();
    screens.setWrapText(true);
    screens.getStyleClass().add("muted");
    screens.textProperty().bind(model.screensProperty());

    Label vote = new Label();
    vote.setId("projector-vote");
    vote.setWrapText(true);
    vote.textProperty().bind(model.voteProperty());
    ToggleGroup group = new ToggleGroup();
    HBox choices = new HBox(10);
    choices.setAlignment(Pos.CENTER_LEFT);
    for (ResultVisibility v : ResultVisibility.values()) {
      RadioButton r = new RadioButton();
      r.setId("projector-visibility-" + v.name());
      r.setToggleGroup(group);
      r.textProperty().bind(i18n.bind("projector.visibility." + v.name()));
      r.disableProperty().bind(model.voteShownProperty().not());
      Runnable sync =
          follow(r, () -> model.visibilityProperty().get() == v, model.visibilityProperty());
      r.setOnAction(
          e -> {
            controller.onSetVisibility(v);
            // Until it is stored, the choice shown stays the one in force.
            sync.run();
          });
      choices.getChildren().add(r);
    }
    Label note = new Label();
    note.setId("projector-visibility-note");
    note.setWrapText(true);
    note.getStyleClass().add("muted");
    note.textProperty().bind(model.visibilityNoteProperty());

    // The sidebar's list gives way first: these lines wrap whole, never end in "…".
    for (Label l : new Label[] {screens, vote, note}) {
      l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    root.getChildren().addAll(title, preview, open, blanking, screens, vote, choices, note);

    shortcuts = Map.of(BLACK, controller::onBlack, TITLE, controller::onTitle);
    sceneChanged =
        (o, was, is) -> {
          if (was != null) {
            shortcuts.keySet().forEach(was.getAccelerators()::remove);
          }
          if (is != null) {
            is.getAccelerators().putAll(shortcuts);
          }
        };
    root.sceneProperty().addListener(sceneChanged);
  }

  public Node node() {
    return root;
  }

  /** Takes the shortcuts off the window. */
  public void dispose() {
    root.sceneProperty().removeListener(sceneChanged);
    Scene scene = root.getScene();
    if (scene != null) {
      shortcuts.keySet().forEach(scene.getAccelerators()::remove);
    }
  }

  /**
   * A toggle is selected by the user's click, so it follows the model by listener, not by binding
   * (a bound value cannot be clicked).
   */
  private static Runnable follow(
      javafx.scene.control.Toggle toggle,
      java.util.function.BooleanSupplier selected,
      javafx.beans.Observable source) {
    Runnable sync = () -> toggle.setSelected(selected.getAsBoolean());
    sync.run();
    source.addListener(o -> sync.run());
    return sync;
  }

  private static Tooltip tooltip(I18n i18n, String key) {
    Tooltip t = new Tooltip();
    t.textProperty().bind(i18n.bind(key));
    return t;
  }
}
