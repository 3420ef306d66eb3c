package vn.binhxet.ui.voting.reconcile;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.round.Decorations;

/**
 * The disputed ballots side by side (pass 1, pass 2); under them the re-reading of the selected
 * one. Up and Down in the field move between the disputed ballots, so the hands stay on the keys.
 */
public final class ReconcileView {
  private final VBox root = new VBox(8);

  public ReconcileView(ReconcileModel model, ReconcileController controller, I18n i18n) {
    root.setId("voting-reconcile");
    root.getStyleClass().add("reconcile");
    Label title = new Label();
    title.getStyleClass().add("pass-title");
    title.setWrapText(true);
    title.textProperty().bind(model.titleProperty());

    TableView<ReconcileModel.Row> table = new TableView<>(model.rows());
    table.setId("voting-reconcile-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<ReconcileModel.Row, Integer> seq = new TableColumn<>();
    seq.textProperty().bind(i18n.bind("voting.reconcile.seq"));
    seq.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
    seq.setMaxWidth(90);
    seq.setMinWidth(70);
    TableColumn<ReconcileModel.Row, String> first = new TableColumn<>();
    first.textProperty().bind(i18n.bind("voting.reconcile.pass1"));
    first.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().first()));
    TableColumn<ReconcileModel.Row, String> second = new TableColumn<>();
    second.textProperty().bind(i18n.bind("voting.reconcile.pass2"));
    second.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().second()));
    table.getColumns().add(seq);
    table.getColumns().add(first);
    table.getColumns().add(second);
    table.setPrefHeight(200);
    table.setFocusTraversable(false);
    model
        .selectedProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null && is < table.getItems().size()) {
                table.getSelectionModel().select(is);
                table.scrollTo(is);
              }
            });
    table
        .getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, was, is) -> {
              if (is.intValue() >= 0 && !is.equals(model.selectedProperty().get())) {
                controller.onSelect(is.intValue());
              }
            });

    Label prompt = new Label();
    prompt.getStyleClass().add("column-title");
    prompt.setWrapText(true);
    prompt.textProperty().bind(model.promptProperty());
    TextField input = new TextField();
    input.setId("voting-reconcile-input");
    input.getStyleClass().add("ballot-input");
    input.textProperty().bindBidirectional(model.inputProperty());
    input.setOnAction(e -> controller.onEnter());
    input.setOnKeyPressed(
        e -> {
          Integer at = model.selectedProperty().get();
          if (at == null) {
            return;
          }
          if (e.getCode() == KeyCode.DOWN) {
            controller.onSelect(at + 1);
            e.consume();
          } else if (e.getCode() == KeyCode.UP) {
            controller.onSelect(at - 1);
            e.consume();
          }
        });
    Decorations.follow(input, model.problemProperty());
    Label problem = new Label();
    problem.setId("voting-reconcile-problem");
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.problemProperty().get() == null
                        ? ""
                        : model.problemProperty().get().text(),
                model.problemProperty()));
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    Label hint = new Label();
    hint.getStyleClass().add("muted");
    hint.setWrapText(true);
    hint.textProperty().bind(i18n.bind("voting.reconcile.hint"));

    VBox options = column(i18n, "voting.ballot.options", model.legend());
    VBox reasons = column(i18n, "voting.ballot.reasons", model.reasons());
    HBox keys = new HBox(16, options, reasons);
    HBox.setHgrow(options, Priority.ALWAYS);
    reasons.setMinWidth(300);

    root.getChildren().addAll(title, table, prompt, input, problem, hint, keys);
    root.visibleProperty().bind(model.activeProperty());
    root.managedProperty().bind(model.activeProperty());
  }

  public Node node() {
    return root;
  }

  private static VBox column(I18n i18n, String titleKey, ObservableList<String> items) {
    Label title = new Label();
    title.getStyleClass().add("column-title");
    title.textProperty().bind(i18n.bind(titleKey));
    ListView<String> list = new ListView<>(items);
    list.setFocusTraversable(false);
    list.setPrefHeight(160);
    list.getStyleClass().add("legend");
    return new VBox(4, title, list);
  }
}
