package vn.binhxet.ui.main;

import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import vn.binhxet.domain.ConferenceSummary;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;
import vn.binhxet.ui.common.TaskRunner;

/** The main window: menu, the list of conferences, the centre screen, the status line. */
public final class MainView {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final BorderPane root = new BorderPane();
  private final Menu tools = new Menu();
  private final StatusBar status = new StatusBar();
  private final I18n i18n;

  /**
   * @param conference the open conference's screen
   * @param newConference the new-conference form
   * @param projector the projector panel, at the foot of the sidebar
   * @param onNew opens the new-conference form
   * @param onQuit closes the window
   * @param fileItems more items for the File menu, placed before Quit
   */
  public MainView(
      MainModel model,
      MainController controller,
      I18n i18n,
      TaskRunner tasks,
      Node conference,
      Node newConference,
      Node projector,
      Runnable onNew,
      Runnable onQuit,
      java.util.List<MenuItem> fileItems) {
    this.i18n = i18n;
    root.getStyleClass().add("main-window");

    root.setTop(menu(controller, onNew, onQuit, fileItems));

    ListView<ConferenceSummary> list = new ListView<>(model.conferences());
    list.setId("conference-list");
    list.setCellFactory(l -> new SummaryCell());
    Label empty = new Label();
    empty.setWrapText(true);
    empty.getStyleClass().add("muted");
    empty.textProperty().bind(i18n.bind("main.conferences.empty"));
    empty.setPadding(new Insets(12));
    list.setPlaceholder(empty);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                controller.onOpenConference(is.id());
              }
            });
    model
        .selectedIdProperty()
        .addListener(
            (o, was, id) -> {
              for (ConferenceSummary s : list.getItems()) {
                if (id != null && s.id() == id) {
                  list.getSelectionModel().select(s);
                  list.scrollTo(s);
                }
              }
            });
    // Cells format their texts once: a new language redraws them.
    i18n.messagesProperty().addListener(o -> list.refresh());
    Label listTitle = new Label();
    listTitle.getStyleClass().add("section-title");
    listTitle.textProperty().bind(i18n.bind("main.conferences"));
    Button newButton = new Button();
    newButton.setId("new-conference");
    newButton.textProperty().bind(i18n.bind("main.new"));
    newButton.setOnAction(e -> onNew.run());
    newButton.setMaxWidth(Double.MAX_VALUE);
    Button demoButton = new Button();
    demoButton.setId("open-demo");
    demoButton.textProperty().bind(i18n.bind("main.demo"));
    demoButton.setOnAction(e -> controller.onOpenDemo());
    demoButton.setMaxWidth(Double.MAX_VALUE);
    demoButton.disableProperty().bind(tasks.busyProperty());
    HBox.setHgrow(newButton, Priority.ALWAYS);
    HBox.setHgrow(demoButton, Priority.ALWAYS);
    VBox side = new VBox(8, listTitle, list, newButton, demoButton, projector);
    VBox.setVgrow(list, Priority.ALWAYS);
    side.getStyleClass().add("sidebar");
    side.setPadding(new Insets(12));
    side.setPrefWidth(330);
    side.setMinWidth(260);
    root.setLeft(side);

    Node welcome = welcome(controller, onNew);
    StackPane centre = new StackPane(welcome);
    centre.getStyleClass().add("centre");
    welcome.visibleProperty().bind(model.screenProperty().isEqualTo(Screen.WELCOME));
    conference.visibleProperty().bind(model.screenProperty().isEqualTo(Screen.CONFERENCE));
    newConference.visibleProperty().bind(model.screenProperty().isEqualTo(Screen.NEW_CONFERENCE));
    // The conference screen (every tab of it) and the form join the window when first shown:
    // styling and laying them out while nobody looks at them was most of the time between the
    // window showing and its content being ready (decision 33).
    joinWhenShown(centre, conference, model, Screen.CONFERENCE);
    joinWhenShown(centre, newConference, model, Screen.NEW_CONFERENCE);
    root.setCenter(centre);

    status.setId("status-bar");
    // While work runs, the line says what it is; the bar shows how far it has got (or that it
    // is under way, when the work cannot tell).
    status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  StatusMessage activity = model.activityProperty().get();
                  if (tasks.busyProperty().get()) {
                    return activity == null ? i18n.tr("main.status.busy") : tr(activity);
                  }
                  return tr(model.statusProperty().get());
                },
                model.statusProperty(),
                model.activityProperty(),
                tasks.busyProperty(),
                i18n.messagesProperty()));
    Label saved = new Label();
    saved.setId("status-saved");
    saved.getStyleClass().add("saved-at");
    saved
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.savedProperty().get() == null ? "" : tr(model.savedProperty().get()),
                model.savedProperty(),
                i18n.messagesProperty()));
    Label dataDir = new Label();
    dataDir.getStyleClass().add("muted");
    dataDir
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.tr("main.status.dataDir", model.dataDirProperty().get()),
                model.dataDirProperty(),
                i18n.messagesProperty()));
    Separator afterSaved = new Separator(Orientation.VERTICAL);
    afterSaved.visibleProperty().bind(saved.textProperty().isNotEmpty());
    afterSaved.managedProperty().bind(afterSaved.visibleProperty());
    status.getRightItems().addAll(saved, afterSaved, dataDir);
    status.progressProperty().bind(tasks.progressProperty());
    root.setBottom(status);
  }

  private String tr(StatusMessage m) {
    return i18n.tr(m.key(), m.args().toArray());
  }

  public Parent root() {
    return root;
  }

  /** The Tools menu, where other features add their items. */
  public Menu tools() {
    return tools;
  }

  /** Puts {@code node} first among the status line's right-hand items (a warning, say). */
  public void addStatusItem(Node node) {
    status.getRightItems().add(0, node);
  }

  private MenuBar menu(
      MainController controller,
      Runnable onNew,
      Runnable onQuit,
      java.util.List<MenuItem> fileItems) {
    MenuItem newItem = item("menu.file.new", onNew);
    newItem.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
    MenuItem demo = item("menu.file.demo", controller::onOpenDemo);
    demo.setId("menu-demo");
    MenuItem rehearse = item("menu.file.demoRehearse", controller::onOpenDemoToRehearse);
    rehearse.setId("menu-demo-rehearse");
    MenuItem refresh = item("menu.file.refresh", controller::onRefresh);
    refresh.setAccelerator(KeyCombination.keyCombination("F5"));
    MenuItem quit = item("menu.file.quit", onQuit);
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    Menu file = new Menu();
    file.setId("menu-file");
    file.textProperty().bind(i18n.bind("menu.file"));
    file.getItems().addAll(newItem, demo, rehearse, refresh);
    file.getItems().addAll(fileItems);
    file.getItems().addAll(new SeparatorMenuItem(), quit);

    ToggleGroup languages = new ToggleGroup();
    RadioMenuItem vi = new RadioMenuItem();
    vi.setId("menu-language-vi");
    vi.textProperty().bind(i18n.bind("menu.language.vi"));
    vi.setToggleGroup(languages);
    vi.setOnAction(e -> controller.onSwitchLanguage(Messages.VIETNAMESE));
    RadioMenuItem en = new RadioMenuItem();
    en.setId("menu-language-en");
    en.textProperty().bind(i18n.bind("menu.language.en"));
    en.setToggleGroup(languages);
    en.setOnAction(e -> controller.onSwitchLanguage(Messages.ENGLISH));
    // A menu item's selection is set by the user's click, so it follows the language by listener,
    // not
    // by binding (a bound value cannot be clicked).
    Runnable markLanguage =
        () -> {
          vi.setSelected(i18n.locale().equals(Messages.VIETNAMESE));
          en.setSelected(i18n.locale().equals(Messages.ENGLISH));
        };
    markLanguage.run();
    i18n.messagesProperty().addListener(o -> markLanguage.run());
    Menu language = new Menu();
    language.setId("menu-language");
    language.textProperty().bind(i18n.bind("menu.language"));
    language.getItems().addAll(vi, en);

    Menu help = new Menu();
    help.textProperty().bind(i18n.bind("menu.help"));
    help.getItems().add(item("menu.help.about", controller::onAbout));

    tools.setId("menu-tools");
    tools.textProperty().bind(i18n.bind("menu.tools"));
    MenuBar bar = new MenuBar(file, tools, language, help);
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  private MenuItem item(String key, Runnable action) {
    MenuItem item = new MenuItem();
    item.textProperty().bind(i18n.bind(key));
    item.setOnAction(e -> action.run());
    return item;
  }

  private static void joinWhenShown(StackPane centre, Node screen, MainModel model, Screen which) {
    if (model.screenProperty().get() == which) {
      centre.getChildren().add(screen);
      return;
    }
    javafx.beans.value.ChangeListener<Screen> join =
        new javafx.beans.value.ChangeListener<>() {
          @Override
          public void changed(
              javafx.beans.value.ObservableValue<? extends Screen> o, Screen was, Screen is) {
            if (is == which) {
              o.removeListener(this);
              centre.getChildren().add(screen);
            }
          }
        };
    model.screenProperty().addListener(join);
  }

  private Node welcome(MainController controller, Runnable onNew) {
    ImageView logo = new ImageView(Styles.logo());
    logo.setFitWidth(112);
    logo.setPreserveRatio(true);
    Label title = new Label();
    title.getStyleClass().add("welcome-title");
    title.textProperty().bind(i18n.bind("main.welcome.title"));
    Label tagline = new Label();
    tagline.getStyleClass().add("welcome-tagline");
    tagline.setWrapText(true);
    tagline.textProperty().bind(i18n.bind("app.tagline"));
    Label text = new Label();
    text.setWrapText(true);
    text.getStyleClass().add("welcome-text");
    text.textProperty().bind(i18n.bind("main.welcome.text"));
    text.setMaxWidth(620);
    Button newButton = new Button();
    newButton.getStyleClass().add("accent");
    newButton.textProperty().bind(i18n.bind("main.new"));
    newButton.setOnAction(e -> onNew.run());
    Button demo = new Button();
    demo.setId("welcome-demo");
    demo.textProperty().bind(i18n.bind("main.demo"));
    demo.setOnAction(e -> controller.onOpenDemo());
    HBox buttons = new HBox(12, newButton, demo);
    buttons.setAlignment(Pos.CENTER);
    VBox box = new VBox(14, logo, title, tagline, text, buttons);
    box.setAlignment(Pos.CENTER);
    box.setPadding(new Insets(32));
    box.getStyleClass().add("welcome");
    return box;
  }

  private final class SummaryCell extends ListCell<ConferenceSummary> {
    @Override
    protected void updateItem(ConferenceSummary item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      Label title = new Label(item.title());
      title.setWrapText(true);
      title.getStyleClass().add("item-title");
      String detail =
          i18n.tr(
              "main.item.detail",
              item.clusterName(),
              item.heldOn().format(DATE),
              i18n.tr("status." + item.status().name()));
      Label sub =
          new Label(item.illustrative() ? detail + " · " + i18n.tr("main.illustrative") : detail);
      sub.setWrapText(true);
      sub.getStyleClass().add("item-detail");
      VBox box = new VBox(2, title, sub);
      box.setMaxWidth(Double.MAX_VALUE);
      title.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
      sub.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
      setText(null);
      setGraphic(box);
    }
  }
}
