package vn.binhxet.ui.conference;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Tables;
import vn.binhxet.ui.conference.ConferenceOverviewModel.Row;

/** The open conference at a glance: its facts, units, people, agenda and awards. */
public final class ConferenceOverviewView {
  private final BorderPane root = new BorderPane();

  /**
   * A tab another feature puts in front (its title's message key and its content), or the editor of
   * a built-in tab, named by that tab's key.
   */
  /**
   * A tab given by another screen: named like a built-in tab it replaces that tab's content; else
   * it is added in front of the built-in tabs, or right after the tab named by {@code after}.
   */
  public record Section(String key, Node content, String after) {
    public Section(String key, Node content) {
      this(key, content, null);
    }
  }

  public ConferenceOverviewView(
      ConferenceOverviewModel model, I18n i18n, java.util.List<Section> sections) {
    root.getStyleClass().add("conference-overview");

    Label title = new Label();
    title.getStyleClass().add("page-title");
    title.setWrapText(true);
    title.textProperty().bind(model.titleProperty());

    Label status = new Label();
    status.getStyleClass().add("badge");
    status.textProperty().bind(model.statusProperty());

    GridPane facts = new GridPane();
    facts.getStyleClass().add("facts");
    facts.setHgap(12);
    facts.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(120);
    ColumnConstraints values = new ColumnConstraints();
    values.setHgrow(Priority.ALWAYS);
    facts.getColumnConstraints().addAll(labels, values, labels, values);
    fact(facts, 0, 0, i18n.bind("conference.cluster"), model.clusterProperty());
    fact(facts, 0, 1, i18n.bind("conference.year"), model.yearProperty());
    fact(facts, 0, 2, i18n.bind("conference.host"), model.hostProperty());
    fact(facts, 2, 0, i18n.bind("conference.date"), model.dateProperty());
    fact(facts, 2, 1, i18n.bind("conference.place"), model.placeProperty());
    fact(facts, 2, 2, i18n.bind("conference.style"), model.styleProperty());

    Label illustrative = new Label();
    illustrative.getStyleClass().add("notice");
    illustrative.setWrapText(true);
    illustrative.setMaxWidth(Double.MAX_VALUE);
    illustrative.textProperty().bind(i18n.bind("conference.illustrative"));
    illustrative.visibleProperty().bind(model.illustrativeProperty());
    illustrative.managedProperty().bind(model.illustrativeProperty());

    VBox header = new VBox(8, status, title, facts, illustrative);
    header.getStyleClass().add("page-header");
    header.setPadding(new Insets(16, 20, 12, 20));

    TabPane tabs = new TabPane();
    tabs.setId("conference-tabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getTabs()
        .addAll(
            tab(
                i18n,
                "conference.tab.units",
                model.units(),
                col(i18n, "conference.col.number", 0, 56, false),
                col(i18n, "conference.col.unit", 1, 600, true)),
            tab(
                i18n,
                "conference.tab.people",
                model.people(),
                col(i18n, "conference.col.number", 0, 56, false),
                col(i18n, "conference.col.name", 1, 170, false),
                col(i18n, "conference.col.title", 2, 330, true),
                col(i18n, "conference.col.unit", 3, 250, true),
                col(i18n, "conference.col.role", 4, 200, false)),
            tab(
                i18n,
                "conference.tab.agenda",
                model.agenda(),
                col(i18n, "conference.col.number", 0, 56, false),
                col(i18n, "conference.col.step", 1, 620, true),
                col(i18n, "conference.col.stepKind", 2, 140, false)),
            tab(
                i18n,
                "conference.tab.awards",
                model.awards(),
                col(i18n, "conference.col.number", 0, 56, false),
                col(i18n, "conference.col.award", 1, 230, true),
                col(i18n, "conference.col.quota", 2, 80, false),
                col(i18n, "conference.col.method", 3, 160, false),
                col(i18n, "conference.col.rule", 4, 230, true),
                col(i18n, "conference.col.pool", 5, 220, true)),
            tab(
                i18n,
                "conference.tab.results",
                model.results(),
                col(i18n, "results.col.vote", 0, 230, true),
                col(i18n, "results.col.round", 1, 110, false),
                col(i18n, "results.col.unit", 2, 260, true),
                col(i18n, "results.col.votes", 3, 90, false),
                col(i18n, "results.col.share", 4, 90, false),
                col(i18n, "results.col.verdict", 5, 150, false)));
    int at = 0;
    for (Section s : sections) {
      // A section named like a built-in tab is its editor: it takes the tab's place and count.
      Tab builtIn =
          tabs.getTabs().stream()
              .filter(t -> s.key().equals(t.getUserData()))
              .findFirst()
              .orElse(null);
      if (builtIn != null) {
        builtIn.setContent(s.content());
        continue;
      }
      Tab tab = new Tab();
      tab.textProperty().bind(i18n.bind(s.key()));
      tab.setContent(s.content());
      Tab anchor =
          tabs.getTabs().stream()
              .filter(t -> s.after() != null && s.after().equals(t.getUserData()))
              .findFirst()
              .orElse(null);
      if (anchor != null) {
        tabs.getTabs().add(tabs.getTabs().indexOf(anchor) + 1, tab);
      } else {
        tabs.getTabs().add(at++, tab);
      }
    }
    // Tabs added in front would otherwise leave the first built-in tab selected.
    tabs.getSelectionModel().selectFirst();
    // Tab headers take no mnemonics; from anywhere in the window (the list of conferences too),
    // Ctrl+1…9 and Ctrl+0 (the tenth) go to a tab while this screen is shown. The filter lives on
    // the scene only while
    // the screen is in it.
    javafx.event.EventHandler<javafx.scene.input.KeyEvent> toTab =
        e -> {
          if (root.isVisible()
              && e.isShortcutDown()
              && !e.isAltDown()
              && e.getCode().isDigitKey()) {
            char digit = e.getCode().getChar().charAt(0);
            int index = digit == '0' ? 9 : digit - '1';
            if (index >= 0 && index < tabs.getTabs().size()) {
              tabs.getSelectionModel().select(index);
              tabs.requestFocus();
              e.consume();
            }
          }
        };
    root.sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (was != null) {
                was.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, toTab);
              }
              if (now != null) {
                now.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, toTab);
              }
            });
    BorderPane.setMargin(tabs, new Insets(0, 12, 12, 12));

    root.setTop(header);
    root.setCenter(tabs);
  }

  public Node node() {
    return root;
  }

  private static void fact(
      GridPane grid,
      int column,
      int row,
      StringBinding label,
      javafx.beans.value.ObservableValue<String> value) {
    Label name = new Label();
    name.getStyleClass().add("fact-label");
    name.textProperty().bind(label);
    Label text = new Label();
    text.getStyleClass().add("fact-value");
    text.setWrapText(true);
    text.textProperty().bind(value);
    grid.add(name, column, row);
    grid.add(text, column + 1, row);
  }

  private static TableColumn<Row, String> col(
      I18n i18n, String key, int index, double width, boolean grow) {
    Function<Row, String> cell = r -> r.cell(index);
    return Tables.textColumn(i18n.bind(key), cell, width, grow);
  }

  @SafeVarargs
  private static Tab tab(
      I18n i18n, String key, ObservableList<Row> rows, TableColumn<Row, String>... columns) {
    TableView<Row> table = new TableView<>(rows);
    table.getColumns().addAll(columns);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label());
    Tab tab = new Tab();
    tab.setUserData(key);
    tab.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.tr(key, rows.size()), i18n.messagesProperty(), rows));
    tab.setContent(table);
    return tab;
  }
}
