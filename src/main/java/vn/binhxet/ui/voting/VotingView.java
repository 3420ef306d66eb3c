package vn.binhxet.ui.voting;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.VotingModel.OptionRow;

/**
 * The votes on the left; on the right the selected vote's round: per option for, against and
 * abstaining hands (Enter or Tab saves the row), the share and the outcome, and the round's
 * actions.
 */
public final class VotingView {
  private final SplitPane root = new SplitPane();
  private final VotingController controller;
  private final I18n i18n;
  private final GridPane grid = new GridPane();

  public VotingView(VotingModel model, VotingController controller, I18n i18n) {
    this.controller = controller;
    this.i18n = i18n;
    root.getStyleClass().add("voting");

    ListView<VotingModel.VoteItem> list = new ListView<>(model.votes());
    list.setId("voting-votes");
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(VotingModel.VoteItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                  setText(null);
                  setGraphic(null);
                  return;
                }
                Label title = new Label(item.position() + ". " + item.title());
                title.setWrapText(true);
                title.getStyleClass().add("item-title");
                title.maxWidthProperty().bind(list.widthProperty().subtract(30));
                Label state = new Label(item.state());
                state.getStyleClass().add("item-detail");
                state.setWrapText(true);
                state.maxWidthProperty().bind(list.widthProperty().subtract(30));
                setGraphic(new VBox(2, title, state));
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null
                  && !Integer.valueOf(is.position()).equals(model.selectedProperty().get())) {
                controller.onSelectVote(is.position());
              }
            });

    Label heading = new Label();
    heading.getStyleClass().add("section-title");
    heading.setWrapText(true);
    heading.textProperty().bind(model.headingProperty());
    Label round = new Label();
    round.setId("voting-round");
    round.setWrapText(true);
    round.textProperty().bind(model.roundProperty());

    Button open = button("voting-open", "voting.open", controller::onOpenRound);
    open.textProperty().unbind();
    open.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(model.tieProperty())
                .then(i18n.bind("voting.runoff"))
                .otherwise(i18n.bind("voting.open")));
    Button chair = button("voting-chair", "voting.chair", controller::onChairDecision);
    chair.visibleProperty().bind(model.tieProperty());
    chair.managedProperty().bind(model.tieProperty());
    open.visibleProperty().bind(model.canOpenProperty());
    open.managedProperty().bind(model.canOpenProperty());
    Button undo = button("voting-undo", "voting.undo", controller::onUndo);
    Button close = button("voting-close", "voting.close", controller::onCloseRound);
    close.getStyleClass().add("accent");
    for (Button b : new Button[] {undo, close}) {
      b.visibleProperty().bind(model.enteringProperty());
      b.managedProperty().bind(model.enteringProperty());
    }
    Button reopen = button("voting-reopen", "voting.reopen", controller::onReopen);
    reopen.visibleProperty().bind(model.canReopenProperty());
    reopen.managedProperty().bind(model.canReopenProperty());
    HBox actions = new HBox(8, open, chair, undo, close, reopen);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label message = new Label();
    message.getStyleClass().add("error-text");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());

    grid.setHgap(10);
    grid.setVgap(4);
    grid.getStyleClass().add("tally-grid");
    ColumnConstraints name = new ColumnConstraints();
    name.setHgrow(Priority.ALWAYS);
    name.setMinWidth(150);
    grid.getColumnConstraints().add(name);
    for (int i = 0; i < 3; i++) {
      grid.getColumnConstraints().add(new ColumnConstraints(72));
    }
    grid.getColumnConstraints().add(new ColumnConstraints(64));
    grid.getColumnConstraints().add(new ColumnConstraints(120));
    model.rows().addListener((javafx.collections.ListChangeListener<OptionRow>) c -> layout(model));
    model.enteringProperty().addListener(o -> layout(model));
    model.ballotProperty().addListener(o -> layout(model));
    layout(model);
    Node accounting = accounting(model);

    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    VBox right = new VBox(10, heading, round, actions, message, accounting, scroll);
    right.setPadding(new Insets(12));
    VBox.setVgrow(scroll, Priority.ALWAYS);

    root.getItems().addAll(list, right);
    root.setDividerPositions(0.27);
  }

  public Node node() {
    return root;
  }

  private void layout(VotingModel model) {
    grid.getChildren().clear();
    String[] heads = {
      "voting.col.unit",
      "voting.col.for",
      "voting.col.against",
      "voting.col.abstain",
      "voting.col.share",
      "voting.col.verdict"
    };
    boolean ballot = model.ballotProperty().get();
    if (ballot) {
      heads[1] = "voting.col.votes";
    }
    for (int i = 0; i < heads.length; i++) {
      if (ballot && (i == 2 || i == 3)) {
        continue;
      }
      Label h = new Label();
      h.getStyleClass().add("column-title");
      h.setWrapText(true);
      h.textProperty().bind(i18n.bind(heads[i]));
      grid.add(h, i, 0);
    }
    int row = 1;
    boolean editable = model.enteringProperty().get();
    for (OptionRow r : model.rows()) {
      Label name = new Label(r.option());
      name.setWrapText(true);
      grid.add(name, 0, row);
      TextField[] fields = {
        field(r.votesForProperty()), field(r.againstProperty()), field(r.abstainProperty())
      };
      for (int i = 0; i < (ballot ? 1 : fields.length); i++) {
        TextField f = fields[i];
        f.setEditable(editable);
        f.setId("voting-" + (row - 1) + "-" + i);
        f.setOnAction(e -> controller.onRecord(r));
        f.focusedProperty()
            .addListener(
                (o, was, is) -> {
                  if (!is && editable) {
                    controller.onRecord(r);
                  }
                });
        grid.add(f, i + 1, row);
      }
      Label share = new Label();
      share.textProperty().bind(r.shareProperty());
      grid.add(share, 4, row);
      Label verdict = new Label();
      verdict.textProperty().bind(r.verdictProperty());
      verdict.getStyleClass().add("verdict");
      grid.add(verdict, 5, row);
      Label problem = new Label();
      problem.getStyleClass().add("error-text");
      problem.setWrapText(true);
      problem.textProperty().bind(r.problemProperty());
      problem.managedProperty().bind(problem.textProperty().isNotEmpty());
      grid.add(problem, 0, row + 1, 6, 1);
      row += 2;
    }
  }

  /** Ballots issued, collected and invalid by reason: the committee's report, saved as a whole. */
  private Node accounting(VotingModel model) {
    GridPane bar = new GridPane();
    bar.setId("voting-accounting");
    bar.setHgap(8);
    bar.setVgap(4);
    bar.getStyleClass().add("accounting");
    for (int i = 0; i < 2; i++) {
      ColumnConstraints label = new ColumnConstraints();
      label.setPrefWidth(210);
      label.setMinWidth(150);
      ColumnConstraints value = new ColumnConstraints(72);
      bar.getColumnConstraints().addAll(label, value);
    }
    int column = 0;
    int row = 0;
    column =
        accountingField(
            bar, "voting.issued", "voting-issued", model.issuedProperty(), model, column, row);
    accountingField(
        bar, "voting.collected", "voting-collected", model.collectedProperty(), model, column, row);
    Label invalidTitle = new Label();
    invalidTitle.getStyleClass().add("column-title");
    invalidTitle.textProperty().bind(i18n.bind("voting.invalid"));
    bar.add(invalidTitle, 0, 1, 4, 1);
    column = 0;
    row = 2;
    for (vn.binhxet.domain.vote.InvalidReason reason :
        vn.binhxet.domain.vote.InvalidReason.values()) {
      accountingField(
          bar,
          "invalid." + reason.name(),
          "voting-invalid-" + reason.name(),
          model.invalidProperty(reason),
          model,
          column,
          row);
      column += 2;
      if (column >= 4) {
        column = 0;
        row++;
      }
    }
    Label problem = new Label();
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    problem.textProperty().bind(model.accountingProblemProperty());
    bar.add(problem, 0, row + 1, 4, 1);
    bar.visibleProperty().bind(model.ballotProperty());
    bar.managedProperty().bind(model.ballotProperty());
    return bar;
  }

  private int accountingField(
      GridPane bar,
      String key,
      String id,
      javafx.beans.property.StringProperty value,
      VotingModel model,
      int column,
      int row) {
    Label label = new Label();
    label.textProperty().bind(i18n.bind(key));
    label.setWrapText(true);
    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    TextField f = field(value);
    f.setId(id);
    f.editableProperty().bind(model.enteringProperty());
    f.setOnAction(e -> controller.onRecordAccounting());
    f.focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is && model.enteringProperty().get()) {
                controller.onRecordAccounting();
              }
            });
    bar.add(label, column, row);
    bar.add(f, column + 1, row);
    return column + 2;
  }

  private static TextField field(javafx.beans.property.StringProperty value) {
    TextField f = new TextField();
    f.setPrefColumnCount(3);
    f.textProperty().bindBidirectional(value);
    return f;
  }

  private Button button(String id, String key, Runnable action) {
    Button b = new Button();
    b.setId(id);
    b.textProperty().bind(i18n.bind(key));
    b.setOnAction(e -> action.run());
    return b;
  }
}
