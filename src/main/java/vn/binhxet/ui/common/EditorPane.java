package vn.binhxet.ui.common;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import vn.binhxet.service.Problem;
import vn.binhxet.ui.common.EditorState.Row;

/**
 * The layout every preparation editor shares: the list on the left, the form beside it, and the
 * keys the secretary types: Enter saves, Ctrl+N starts a new row, Delete removes the selected row
 * (after asking), Alt+Up and Alt+Down move it. A field at fault carries a ControlsFX mark with its
 * message; all messages also show under the form.
 */
public final class EditorPane {
  private static final KeyCombination NEW =
      new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination UP =
      new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
  private static final KeyCombination DOWN =
      new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
  private static final KeyCombination SAVE_TEXT =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

  /** What the keys and buttons ask of the controller. */
  public interface Actions {
    void onSelect(int index);

    void onNew();

    void onSave();

    void onDelete();

    void onMove(int delta);
  }

  private final BorderPane root = new BorderPane();
  private final TableView<Row> table;

  /**
   * @param fields the form's fields by the name the service gives their problems; the first gets
   *     the focus for a new row
   */
  public EditorPane(
      EditorState state,
      I18n i18n,
      List<TableColumn<Row, String>> columns,
      Node form,
      Map<String, Control> fields,
      Control first,
      Actions actions,
      List<Node> extra) {
    root.getStyleClass().add("editor");
    table = new TableView<>(state.rows());
    table.getColumns().addAll(columns);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    table.setPlaceholder(new Label());
    table
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, was, now) -> {
              if (now.intValue() >= 0 && now.intValue() != state.selectedProperty().get()) {
                actions.onSelect(now.intValue());
              }
            });
    Runnable follow =
        () -> {
          int i = state.selectedProperty().get();
          if (i < 0) {
            table.getSelectionModel().clearSelection();
          } else if (table.getSelectionModel().getSelectedIndex() != i) {
            table.getSelectionModel().select(i);
            table.scrollTo(Math.max(0, i - 3));
          }
        };
    state.selectedProperty().addListener(o -> follow.run());
    state.rows().addListener((ListChangeListener<Row>) c -> follow.run());
    table.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedIndex() >= 0) {
            actions.onDelete();
            e.consume();
          } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            first.requestFocus();
            e.consume();
          }
        });

    Button add = button(i18n, "prep.new", actions::onNew);
    Button save = button(i18n, "prep.save", actions::onSave);
    save.setDefaultButton(false);
    Button delete = button(i18n, "prep.delete", actions::onDelete);
    delete.disableProperty().bind(state.selectedProperty().lessThan(0));
    Button up = button(i18n, "prep.up", () -> actions.onMove(-1));
    up.disableProperty().bind(state.selectedProperty().lessThan(1));
    Button down = button(i18n, "prep.down", () -> actions.onMove(1));
    down.disableProperty().bind(state.selectedProperty().lessThan(0));
    FlowPane buttons = new FlowPane(8, 8, add, save, delete, up, down);
    buttons.getChildren().addAll(extra);

    Label editing = new Label();
    editing.getStyleClass().add("section-title");
    editing
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    state.selectedProperty().get() < 0
                        ? i18n.tr("prep.editing.new")
                        : i18n.tr("prep.editing.row", state.selectedProperty().get() + 1),
                state.selectedProperty(),
                i18n.messagesProperty()));
    Label message = new Label();
    message.setWrapText(true);
    message.textProperty().bind(state.messageProperty());
    message
        .styleProperty()
        .bind(
            javafx.beans.binding.Bindings.when(state.refusedProperty())
                .then("-fx-text-fill: #9b1c1c;")
                .otherwise("-fx-text-fill: #1f5130;"));
    Label hint = new Label();
    hint.setWrapText(true);
    hint.getStyleClass().add("hint");
    hint.textProperty().bind(i18n.bind("prep.keys"));
    Label saved = new Label();
    saved.getStyleClass().add("saved");
    saved.textProperty().bind(state.savedProperty());

    VBox side = new VBox(10, editing, form, buttons, message, saved, hint);
    side.setPadding(new Insets(12));
    side.setPrefWidth(440);
    side.setMinWidth(400);
    side.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          boolean plainEnter =
              e.getCode() == KeyCode.ENTER
                  && !e.isShortcutDown()
                  && !e.isAltDown()
                  && !(e.getTarget() instanceof TextArea)
                  && !(e.getTarget() instanceof Button);
          if (plainEnter || SAVE_TEXT.match(e)) {
            actions.onSave();
            e.consume();
          }
        });
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (NEW.match(e)) {
            actions.onNew();
            first.requestFocus();
            e.consume();
          } else if (UP.match(e)) {
            actions.onMove(-1);
            e.consume();
          } else if (DOWN.match(e)) {
            actions.onMove(1);
            e.consume();
          }
        });
    add.setOnAction(
        e -> {
          actions.onNew();
          first.requestFocus();
        });

    decorate(state, i18n, fields);

    VBox.setVgrow(table, Priority.ALWAYS);
    root.setCenter(table);
    // A tall form (an award with its rule) scrolls rather than hiding its buttons.
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(side);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setPrefViewportWidth(440);
    root.setRight(scroll);
    BorderPane.setMargin(table, new Insets(12, 0, 12, 12));
  }

  public Node node() {
    return root;
  }

  /**
   * Marks each field whose name has a problem with a ControlsFX decoration carrying its message,
   * and puts the focus on the first one.
   */
  public static void decorate(EditorState state, I18n i18n, Map<String, Control> fields) {
    ValidationSupport validation = new ValidationSupport();
    validation.setValidationDecorator(new GraphicValidationDecoration());
    fields.forEach(
        (name, control) ->
            validation.registerValidator(
                control,
                false,
                (Control c, Object value) -> {
                  Problem p = state.problems().get(name);
                  return ValidationResult.fromErrorIf(
                      c, p == null ? "" : i18n.tr(p.messageKey(), p.args().toArray()), p != null);
                }));
    state
        .problems()
        .addListener(
            (MapChangeListener<String, Problem>)
                c -> {
                  validation.revalidate();
                  state.problems().keySet().stream()
                      .map(fields::get)
                      .filter(java.util.Objects::nonNull)
                      .findFirst()
                      .ifPresent(Control::requestFocus);
                });
  }

  public TableView<Row> table() {
    return table;
  }

  /** A column of the list showing cell {@code index} of each row. */
  public static TableColumn<Row, String> column(
      I18n i18n, String key, int index, double width, boolean grow) {
    return Tables.textColumn(i18n.bind(key), r -> r.cell(index), width, grow);
  }

  /** A column that is never squeezed below {@code minWidth}, so its words stay whole. */
  public static TableColumn<Row, String> column(
      I18n i18n, String key, int index, double width, double minWidth, boolean grow) {
    TableColumn<Row, String> column =
        Tables.textColumn(i18n.bind(key), r -> r.cell(index), width, minWidth, grow);
    // Beside the form the list is narrow: its headings get two lines, so they wrap, not "…".
    ((Label) column.getGraphic()).setMinHeight(34);
    return column;
  }

  public static Button button(I18n i18n, String key, Runnable action) {
    Button b = new Button();
    b.textProperty().bind(i18n.bind(key));
    b.setOnAction(e -> action.run());
    return b;
  }

  /** A label for a form field, bound to the language. */
  public static Label label(I18n i18n, String key, Control field) {
    Label l = new Label();
    l.textProperty().bind(i18n.bind(key));
    l.setLabelFor(field);
    l.setWrapText(true);
    // The form's fields grow; its labels keep room for two lines of Vietnamese.
    l.setMinWidth(110);
    l.setMaxWidth(150);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }
}
