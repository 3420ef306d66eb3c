package vn.binhxet.ui.listimport;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Tables;

/**
 * The preview laid over an editor while it is open: the editor below is disabled, so that nothing
 * is typed into it until the import is confirmed or cancelled.
 */
public final class ListImportView {
  private static final KeyCombination OPEN =
      new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

  private final ListImportModel model;
  private final ListImportController<?> controller;
  private final BorderPane preview;
  private final Button openButton;

  public ListImportView(ListImportModel model, ListImportController<?> controller, I18n i18n) {
    this.model = model;
    this.controller = controller;
    openButton = EditorPane.button(i18n, "import.open", controller::onChooseFile);
    openButton.setId("import-open");

    Label title = new Label();
    title.getStyleClass().add("section-title");
    title.textProperty().bind(model.titleProperty());
    Label file = new Label();
    file.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.tr("import.preview.file", model.fileProperty().get()),
                model.fileProperty(),
                i18n.messagesProperty()));
    file.setWrapText(true);
    Label format = shown(new Label(), model.formatProperty());
    Label fileProblems = shown(new Label(), model.fileProblemsProperty());
    fileProblems.setId("import-file-problems");
    fileProblems.getStyleClass().add("file-problem");
    fileProblems.setMaxWidth(Double.MAX_VALUE);
    Label ignored = shown(new Label(), model.ignoredProperty());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(22, 22);
    progress.visibleProperty().bind(model.readingProperty().or(model.savingProperty()));
    progress.managedProperty().bind(progress.visibleProperty());
    Label counts = new Label();
    counts.setId("import-counts");
    counts.getStyleClass().add("import-counts");
    counts.textProperty().bind(model.countsProperty());
    HBox countLine = new HBox(8, progress, counts);
    countLine.setAlignment(Pos.CENTER_LEFT);
    VBox top = new VBox(6, title, file, format, fileProblems, ignored, countLine);
    top.setPadding(new Insets(0, 0, 10, 0));

    TableView<ListImportModel.Row> table = new TableView<>(model.rows());
    table.setId("import-rows");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label());
    TableColumn<ListImportModel.Row, String> line =
        Tables.textColumn(
            i18n.bind("import.preview.line"), r -> Integer.toString(r.line()), 56, false);
    table.getColumns().add(line);
    List<String> keys = model.columnKeys();
    for (int i = 0; i < keys.size(); i++) {
      int index = i;
      table
          .getColumns()
          .add(Tables.textColumn(i18n.bind(keys.get(i)), r -> r.cells().get(index), 150, true));
    }
    table.getColumns().add(statusColumn(i18n));
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(ListImportModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("bad-row");
                if (!empty && item != null && !item.ok()) {
                  getStyleClass().add("bad-row");
                }
              }
            });

    Label note = new Label();
    note.textProperty().bind(i18n.bind("import.preview.note"));
    note.setWrapText(true);
    note.getStyleClass().add("hint");
    Label refusal = shown(new Label(), model.refusalProperty());
    refusal.setId("import-refusal");
    refusal.getStyleClass().add("import-refusal");
    Label keysHint = new Label();
    keysHint.textProperty().bind(i18n.bind("import.preview.keys"));
    keysHint.getStyleClass().add("hint");
    Button confirm = new Button();
    confirm.setId("import-confirm");
    confirm.textProperty().bind(model.confirmLabelProperty());
    confirm.disableProperty().bind(model.canImportProperty().not());
    confirm.setOnAction(e -> controller.onConfirm());
    confirm.getStyleClass().add("accent");
    Button cancel = EditorPane.button(i18n, "import.preview.cancel", controller::onCancel);
    cancel.setId("import-cancel");
    cancel.disableProperty().bind(model.savingProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox buttons = new HBox(10, keysHint, gap, cancel, confirm);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox bottom = new VBox(8, refusal, note, buttons);
    bottom.setPadding(new Insets(10, 0, 0, 0));

    preview = new BorderPane(table, top, null, bottom, null);
    preview.getStyleClass().add("import-preview");
    preview.setId("import-preview");
    preview.visibleProperty().bind(model.openProperty());
    preview.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            controller.onCancel();
            e.consume();
          } else if (e.getCode() == KeyCode.ENTER && e.getTarget() != cancel) {
            controller.onConfirm();
            e.consume();
          }
        });

    // The keyboard follows the preview: to the import button once the rows are read, back to
    // the editor's button when it closes.
    model
        .canImportProperty()
        .addListener(
            (o, was, can) -> {
              if (can) {
                confirm.requestFocus();
              }
            });
    model
        .readingProperty()
        .addListener(
            (o, was, now) -> {
              if (!now && model.openProperty().get() && !model.canImportProperty().get()) {
                cancel.requestFocus();
              }
            });
    model
        .openProperty()
        .addListener(
            (o, was, open) -> {
              if (open) {
                cancel.requestFocus();
              } else {
                openButton.requestFocus();
              }
            });
  }

  /** A label shown only when it has something to say. */
  private static Label shown(Label label, javafx.beans.value.ObservableStringValue text) {
    label.textProperty().bind(text);
    label.setWrapText(true);
    label.visibleProperty().bind(Bindings.isNotEmpty(text));
    label.managedProperty().bind(label.visibleProperty());
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  /** Each bad row marked by a red sign and its reasons; a good row says so. */
  private static TableColumn<ListImportModel.Row, ListImportModel.Row> statusColumn(I18n i18n) {
    TableColumn<ListImportModel.Row, ListImportModel.Row> column = new TableColumn<>();
    Label header = new Label();
    header.textProperty().bind(i18n.bind("import.preview.status"));
    header.getStyleClass().add("column-title");
    column.setGraphic(header);
    column.setSortable(false);
    column.setReorderable(false);
    column.setPrefWidth(320);
    column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              private final Text text = new Text();
              private final StackPane mark = badMark();
              private final HBox box = new HBox(6, mark, text);

              {
                text.getStyleClass().add("cell-text");
                text.wrappingWidthProperty().bind(widthProperty().subtract(36));
                box.setAlignment(Pos.TOP_LEFT);
              }

              @Override
              protected void updateItem(ListImportModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                  setGraphic(null);
                  return;
                }
                text.setText(item.status());
                mark.setVisible(!item.ok());
                text.getStyleClass().remove("status-bad");
                if (!item.ok()) {
                  text.getStyleClass().add("status-bad");
                }
                setGraphic(box);
              }
            });
    return column;
  }

  private static StackPane badMark() {
    Circle circle = new Circle(8);
    circle.getStyleClass().add("bad-mark");
    Text bang = new Text("!");
    bang.getStyleClass().add("bad-mark-text");
    StackPane mark = new StackPane(circle, bang);
    mark.setMinSize(16, 16);
    return mark;
  }

  /**
   * The editor with the preview laid over it; Ctrl+I inside the editor opens the preview. Call
   * once, with the editor that holds {@link #openButton()}.
   */
  public javafx.scene.Parent wrap(Node editor) {
    editor.disableProperty().bind(model.openProperty());
    StackPane root = new StackPane(editor, preview);
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (OPEN.match(e) && !model.openProperty().get()) {
            controller.onChooseFile();
            e.consume();
          }
        });
    return root;
  }

  /** "Import from file…", for the editor's row of buttons. */
  public Button openButton() {
    return openButton;
  }
}
