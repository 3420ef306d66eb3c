package vn.binhxet.ui.voting.counts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.counts.CountsModel.OptionRow;
import vn.binhxet.ui.voting.round.Decorations;

/**
 * A secret ballot's accounting (issued, collected, invalid by reason), then per option the counts
 * typed (Enter or leaving the row saves it and goes on), the share and the outcome. The checks'
 * findings mark the field at fault; the line under the rows says them in words.
 */
public final class CountsView {
  private final VBox root = new VBox(10);
  private final Node accounting;
  private final GridPane grid = new GridPane();
  private final CountsController controller;
  private final I18n i18n;

  public CountsView(CountsModel model, CountsController controller, I18n i18n) {
    this.controller = controller;
    this.i18n = i18n;
    grid.setId("voting-counts");
    grid.setHgap(10);
    grid.setVgap(6);
    grid.getStyleClass().add("tally-grid");
    ColumnConstraints name = new ColumnConstraints();
    name.setHgrow(Priority.ALWAYS);
    // Long unit names wrap: the grid must fit the entry area at 1366×768 without a scroll bar.
    name.setMinWidth(120);
    name.setPrefWidth(180);
    grid.getColumnConstraints().add(name);
    for (int i = 0; i < 3; i++) {
      grid.getColumnConstraints().add(new ColumnConstraints(78));
    }
    grid.getColumnConstraints().add(new ColumnConstraints(64));
    grid.getColumnConstraints().add(new ColumnConstraints(104));
    model.rows().addListener((ListChangeListener<OptionRow>) c -> layout(model));
    model.editableProperty().addListener(o -> layout(model));
    model.ballotProperty().addListener(o -> layout(model));
    layout(model);
    grid.visibleProperty().bind(model.shownProperty());
    grid.managedProperty().bind(model.shownProperty());

    Label summary = new Label();
    summary.setId("voting-problems");
    summary.getStyleClass().add("error-text");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summaryProperty());
    summary.managedProperty().bind(summary.textProperty().isNotEmpty());
    accounting = accounting(model);
    root.getChildren().addAll(grid, summary);
  }

  /** The rows of counts and what the checks say of them. */
  public Node node() {
    return root;
  }

  /** The committee's accounting: above whichever panel takes the ballots. */
  public Node accountingNode() {
    return accounting;
  }

  private void layout(CountsModel model) {
    // The rows are rebuilt after every entry: the field being typed in keeps the focus.
    Scene scene = grid.getScene();
    String focused =
        scene != null && scene.getFocusOwner() != null ? scene.getFocusOwner().getId() : null;
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
    boolean editable = model.editableProperty().get();
    List<List<TextField>> all = new ArrayList<>();
    int row = 1;
    for (OptionRow r : model.rows()) {
      Label name = new Label(r.option());
      name.setWrapText(true);
      grid.add(name, 0, row);
      TextField[] fields = {
        field(r.votesForProperty()), field(r.againstProperty()), field(r.abstainProperty())
      };
      List<TextField> rowFields = new ArrayList<>();
      for (int i = 0; i < (ballot ? 1 : fields.length); i++) {
        TextField f = fields[i];
        f.setEditable(editable);
        f.setFocusTraversable(editable);
        f.setId("voting-" + (row - 1) + "-" + i);
        f.focusedProperty()
            .addListener(
                (o, was, is) -> {
                  if (!is && editable) {
                    controller.onRecord(r);
                  }
                });
        grid.add(f, i + 1, row);
        rowFields.add(f);
      }
      Decorations.follow(rowFields.get(0), r.problemProperty());
      all.add(rowFields);
      Label share = new Label();
      share.textProperty().bind(r.shareProperty());
      grid.add(share, 4, row);
      Label verdict = new Label();
      verdict.textProperty().bind(r.verdictProperty());
      verdict.getStyleClass().add("verdict");
      grid.add(verdict, 5, row);
      row++;
    }
    // Enter saves the row and goes to the next field, as Tab does: the hands are counted in
    // order, for, against, abstaining, then the next candidate.
    for (int i = 0; i < all.size(); i++) {
      List<TextField> fs = all.get(i);
      for (int j = 0; j < fs.size(); j++) {
        TextField next =
            j + 1 < fs.size() ? fs.get(j + 1) : i + 1 < all.size() ? all.get(i + 1).get(0) : null;
        OptionRow r = model.rows().get(i);
        fs.get(j)
            .setOnAction(
                e -> {
                  // Leaving the field saves the row; the last field has nowhere to go.
                  if (next != null) {
                    next.requestFocus();
                  } else {
                    controller.onRecord(r);
                  }
                });
      }
    }
    if (focused != null) {
      Node again = grid.lookup("#" + focused);
      if (again != null) {
        again.requestFocus();
      }
    }
  }

  /** Ballots issued, collected and invalid by reason: the committee's report, saved as a whole. */
  private Node accounting(CountsModel model) {
    GridPane bar = new GridPane();
    bar.setId("voting-accounting");
    bar.setHgap(8);
    bar.setVgap(6);
    bar.getStyleClass().add("accounting");
    for (int i = 0; i < 2; i++) {
      ColumnConstraints label = new ColumnConstraints();
      label.setPrefWidth(180);
      label.setMinWidth(130);
      label.setHgrow(Priority.SOMETIMES);
      ColumnConstraints value = new ColumnConstraints(72);
      bar.getColumnConstraints().addAll(label, value);
    }
    List<TextField> order = new ArrayList<>();
    TextField issued =
        accountingField(bar, "voting.issued", "voting-issued", model.issuedProperty(), model, 0, 0);
    TextField collected =
        accountingField(
            bar, "voting.collected", "voting-collected", model.collectedProperty(), model, 2, 0);
    Decorations.follow(issued, model.issuedProblemProperty());
    Decorations.follow(collected, model.collectedProblemProperty());
    order.add(issued);
    order.add(collected);
    Label invalidTitle = new Label();
    invalidTitle.getStyleClass().add("column-title");
    invalidTitle.textProperty().bind(i18n.bind("voting.invalid"));
    visibleWith(invalidTitle, model);
    bar.add(invalidTitle, 0, 1, 4, 1);
    int column = 0;
    int row = 2;
    for (InvalidReason reason : InvalidReason.values()) {
      TextField f =
          accountingField(
              bar,
              "invalid." + reason.name(),
              "voting-invalid-" + reason.name(),
              model.invalidProperty(reason),
              model,
              column,
              row);
      order.add(f);
      column += 2;
      if (column >= 4) {
        column = 0;
        row++;
      }
    }
    // Enter saves the accounting and goes on; from the last number shown, to the first ballot or
    // count.
    for (int i = 0; i < order.size(); i++) {
      int at = i;
      order
          .get(i)
          .setOnAction(
              e -> {
                TextField next =
                    order.stream()
                        .skip(at + 1L)
                        .filter(TextField::isVisible)
                        .findFirst()
                        .orElse(null);
                if (next != null) {
                  next.requestFocus();
                } else {
                  controller.onRecordAccounting();
                  controller.onAccountingDone();
                }
              });
    }
    bar.visibleProperty().bind(model.accountingProperty());
    bar.managedProperty().bind(model.accountingProperty());
    return bar;
  }

  private TextField accountingField(
      GridPane bar,
      String key,
      String id,
      StringProperty value,
      CountsModel model,
      int column,
      int row) {
    Label label = new Label();
    label.textProperty().bind(i18n.bind(key));
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    TextField f = field(value);
    f.setId(id);
    f.editableProperty().bind(model.accountingEditableProperty());
    f.focusTraversableProperty().bind(model.accountingEditableProperty());
    f.focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is && model.accountingEditableProperty().get()) {
                controller.onRecordAccounting();
              }
            });
    if (id.startsWith("voting-invalid-")) {
      visibleWith(label, model);
      visibleWith(f, model);
    }
    bar.add(label, column, row);
    bar.add(f, column + 1, row);
    return f;
  }

  private static void visibleWith(Node node, CountsModel model) {
    node.visibleProperty().bind(model.invalidByReasonProperty());
    node.managedProperty().bind(model.invalidByReasonProperty());
  }

  private static TextField field(StringProperty value) {
    TextField f = new TextField();
    // A number reached by key is typed over, not appended to.
    f.focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (is) {
                javafx.application.Platform.runLater(f::selectAll);
              }
            });
    f.setPrefColumnCount(3);
    f.textProperty().bindBidirectional(value);
    return f;
  }
}
