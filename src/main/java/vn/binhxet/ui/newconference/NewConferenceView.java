package vn.binhxet.ui.newconference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.service.Problem;
import vn.binhxet.ui.common.I18n;

/** The new-conference form. Each field shows its own problem beneath it. */
public final class NewConferenceView {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final BorderPane root = new BorderPane();
  private final NewConferenceModel model;
  private final I18n i18n;

  public NewConferenceView(
      NewConferenceModel model, NewConferenceController controller, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    root.getStyleClass().add("new-conference");

    Label heading = new Label();
    heading.getStyleClass().add("page-title");
    heading.textProperty().bind(i18n.bind("new.title"));
    Label intro = new Label();
    intro.setWrapText(true);
    intro.getStyleClass().add("muted");
    intro.textProperty().bind(i18n.bind("new.intro"));

    ComboBox<String> cluster = new ComboBox<>(model.clusterChoices());
    cluster.setId("new-cluster");
    cluster.setEditable(true);
    cluster.setMaxWidth(Double.MAX_VALUE);
    // The value, not the editor's text: a change of the list of clusters then never rewrites it.
    cluster.valueProperty().bindBidirectional(model.clusterProperty());
    cluster.setOnAction(e -> controller.onClusterOrYearChanged());
    onLeaving(cluster, controller::onClusterOrYearChanged);

    TextField year = new TextField();
    year.setId("new-year");
    year.setPrefColumnCount(6);
    year.textProperty().bindBidirectional(model.yearProperty());
    year.setOnAction(e -> controller.onClusterOrYearChanged());
    onLeaving(year, controller::onClusterOrYearChanged);

    // Two wrapping lines: a conference title is long and must be read whole.
    TextArea title = new TextArea();
    title.setId("new-title");
    title.setWrapText(true);
    title.setPrefRowCount(2);
    title.textProperty().bindBidirectional(model.titleProperty());

    DatePicker date = new DatePicker();
    date.setId("new-date");
    date.setConverter(dateConverter());
    date.valueProperty().bindBidirectional(model.dateProperty());

    TextField place = new TextField();
    place.setId("new-place");
    place.textProperty().bindBidirectional(model.placeProperty());

    ComboBox<DocumentStyle> style = new ComboBox<>();
    style.getItems().setAll(DocumentStyle.values());
    style.setMaxWidth(Double.MAX_VALUE);
    style.setButtonCell(styleCell());
    style.setCellFactory(l -> styleCell());
    style.valueProperty().bindBidirectional(model.styleProperty());
    i18n.messagesProperty()
        .addListener(
            o -> {
              style.setButtonCell(styleCell());
              style.setCellFactory(l -> styleCell());
            });

    TextField government = quota("new-quota-government", model.quotaGovernmentProperty());
    TextField provincial = quota("new-quota-provincial", model.quotaProvincialProperty());
    TextField certificate = quota("new-quota-certificate", model.quotaCertificateProperty());

    TextArea units = new TextArea();
    units.setId("new-units");
    units.setPrefRowCount(14);
    units.setWrapText(false);
    units.textProperty().bindBidirectional(model.unitsProperty());
    Label carried = new Label();
    carried.getStyleClass().add("muted");
    carried.setWrapText(true);
    carried
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.carriedOverProperty().get() == null
                        ? ""
                        : i18n.tr("new.units.carried", model.carriedOverProperty().get()),
                model.carriedOverProperty(),
                i18n.messagesProperty()));

    GridPane left = new GridPane();
    left.getStyleClass().add("form");
    left.setHgap(12);
    left.setVgap(2);
    ColumnConstraints labelColumn = new ColumnConstraints();
    labelColumn.setMinWidth(140);
    labelColumn.setPrefWidth(160);
    ColumnConstraints fieldColumn = new ColumnConstraints();
    fieldColumn.setHgrow(Priority.ALWAYS);
    fieldColumn.setMinWidth(220);
    left.getColumnConstraints().addAll(labelColumn, fieldColumn);
    int row = 0;
    row = field(left, row, "new.cluster", cluster, NewConferenceModel.CLUSTER);
    row = field(left, row, "new.year", year, NewConferenceModel.YEAR);
    row = field(left, row, "new.conferenceTitle", title, NewConferenceModel.TITLE);
    row = field(left, row, "new.date", date, NewConferenceModel.DATE);
    row = field(left, row, "new.place", place, NewConferenceModel.PLACE);
    row = field(left, row, "new.style", style, NewConferenceModel.STYLE);
    Label quotas = new Label();
    quotas.getStyleClass().add("section-title");
    quotas.textProperty().bind(i18n.bind("new.quotas"));
    left.add(quotas, 0, row++, 2, 1);
    // Award names are long and the numbers short: the names get the width.
    GridPane quotaGrid = new GridPane();
    quotaGrid.setHgap(12);
    quotaGrid.setVgap(2);
    ColumnConstraints quotaLabels = new ColumnConstraints();
    quotaLabels.setHgrow(Priority.ALWAYS);
    ColumnConstraints quotaFields = new ColumnConstraints(90);
    quotaGrid.getColumnConstraints().addAll(quotaLabels, quotaFields);
    int q = 0;
    q =
        field(
            quotaGrid, q, "new.quota.government", government, NewConferenceModel.QUOTA_GOVERNMENT);
    q =
        field(
            quotaGrid, q, "new.quota.provincial", provincial, NewConferenceModel.QUOTA_PROVINCIAL);
    field(quotaGrid, q, "new.quota.certificate", certificate, NewConferenceModel.QUOTA_CERTIFICATE);
    left.add(quotaGrid, 0, row, 2, 1);

    Label unitsLabel = new Label();
    unitsLabel.textProperty().bind(i18n.bind("new.units"));
    unitsLabel.setWrapText(true);
    unitsLabel.setLabelFor(units);
    markInvalid(units, NewConferenceModel.UNITS);
    VBox right = new VBox(4, unitsLabel, units, carried, problemLabel(NewConferenceModel.UNITS));
    VBox.setVgrow(units, Priority.ALWAYS);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.SOMETIMES);
    left.setPrefWidth(600);
    right.setPrefWidth(380);
    right.setMinWidth(300);
    HBox columns = new HBox(24, left, right);

    Button create = new Button();
    create.setId("new-create");
    create.setDefaultButton(true);
    create.textProperty().bind(i18n.bind("new.create"));
    create.disableProperty().bind(model.savingProperty());
    create.setOnAction(e -> controller.onCreate());
    Button cancel = new Button();
    cancel.setId("new-cancel");
    cancel.setCancelButton(true);
    cancel.textProperty().bind(i18n.bind("new.cancel"));
    cancel.setOnAction(e -> controller.onCancel());
    Label invalid = new Label();
    invalid.getStyleClass().add("error-text");
    invalid.setWrapText(true);
    invalid.textProperty().bind(i18n.bind("new.invalid"));
    invalid.visibleProperty().bind(model.hasProblemsProperty());
    HBox buttons = new HBox(12, invalid, create, cancel);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    HBox.setHgrow(invalid, Priority.ALWAYS);
    invalid.setMaxWidth(Double.MAX_VALUE);

    VBox page = new VBox(12, heading, intro, columns);
    page.setPadding(new Insets(16, 20, 16, 20));
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("page-scroll");
    buttons.setPadding(new Insets(10, 20, 12, 20));
    buttons.getStyleClass().add("button-bar");
    root.setCenter(scroll);
    root.setBottom(buttons);
  }

  public Node node() {
    return root;
  }

  private int field(
      GridPane grid, int row, String key, javafx.scene.control.Control control, String name) {
    Label label = new Label();
    label.textProperty().bind(i18n.bind(key));
    label.setWrapText(true);
    label.setLabelFor(control);
    control.setMaxWidth(Double.MAX_VALUE);
    grid.add(label, 0, row);
    grid.add(control, 1, row);
    markInvalid(control, name);
    Label problem = problemLabel(name);
    // Under a narrow field (a quota) the message takes the row's whole width, right-aligned.
    boolean narrow =
        grid.getColumnConstraints().get(1).getPrefWidth() > 0
            && grid.getColumnConstraints().get(1).getPrefWidth() < 150;
    if (narrow) {
      problem.setMaxWidth(Double.MAX_VALUE);
      problem.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
      grid.add(problem, 0, row + 1, 2, 1);
    } else {
      grid.add(problem, 1, row + 1);
    }
    return row + 2;
  }

  private static void onLeaving(javafx.scene.Node node, Runnable action) {
    node.focusedProperty()
        .addListener(
            (o, was, is) -> {
              if (!is) {
                action.run();
              }
            });
  }

  private void markInvalid(javafx.scene.Node node, String name) {
    model
        .problems()
        .addListener(
            (javafx.collections.MapChangeListener<String, Problem>)
                change -> {
                  if (change.getKey().equals(name)) {
                    node.pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("invalid"),
                        model.problems().containsKey(name));
                  }
                });
  }

  private Label problemLabel(String name) {
    Label problem = new Label();
    problem.getStyleClass().add("error-text");
    problem.setWrapText(true);
    StringBinding text =
        Bindings.createStringBinding(
            () -> {
              Problem p = model.problems().get(name);
              return p == null ? "" : i18n.tr(p.messageKey(), p.args().toArray());
            },
            model.problems(),
            i18n.messagesProperty());
    problem.textProperty().bind(text);
    problem.managedProperty().bind(problem.textProperty().isNotEmpty());
    problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
    return problem;
  }

  private static TextField quota(String id, javafx.beans.property.StringProperty value) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(4);
    field.textProperty().bindBidirectional(value);
    return field;
  }

  private ListCell<DocumentStyle> styleCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(DocumentStyle item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : i18n.tr("style." + item.name()));
      }
    };
  }

  private static StringConverter<LocalDate> dateConverter() {
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate date) {
        return date == null ? "" : DATE.format(date);
      }

      @Override
      public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
          return null;
        }
        try {
          return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
          return null;
        }
      }
    };
  }
}
