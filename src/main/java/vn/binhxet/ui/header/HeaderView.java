package vn.binhxet.ui.header;

import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EnumWords;
import vn.binhxet.ui.common.I18n;

/** The document header form: Enter saves (Ctrl+Enter in the distribution list). */
public final class HeaderView {
  private final VBox root;

  public HeaderView(HeaderModel model, HeaderController controller, I18n i18n) {
    ComboBox<DocumentStyle> style =
        new ComboBox<>(FXCollections.observableArrayList(DocumentStyle.values()));
    style.setId("header-style");
    style.valueProperty().bindBidirectional(model.styleProperty());
    EnumWords.show(style, i18n, "style.");
    TextField upper = field("header-upper", model.upperProperty());
    TextField lower = field("header-lower", model.lowerProperty());
    TextField number = field("header-number", model.numberProperty());
    TextField place = field("header-place", model.placeNameProperty());
    TextArea distribution = new TextArea();
    distribution.setId("header-distribution");
    distribution.setPrefRowCount(5);
    distribution.textProperty().bindBidirectional(model.distributionProperty());

    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.setHgap(12);
    form.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(220);
    labels.setMaxWidth(260);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setMaxWidth(620);
    form.getColumnConstraints().addAll(labels, fields);
    form.addRow(0, EditorPane.label(i18n, "prep.header.style", style), style);
    form.addRow(1, EditorPane.label(i18n, "prep.header.upper", upper), upper);
    form.addRow(2, EditorPane.label(i18n, "prep.header.lower", lower), lower);
    form.addRow(3, EditorPane.label(i18n, "prep.header.number", number), number);
    form.addRow(4, EditorPane.label(i18n, "prep.header.place", place), place);
    form.addRow(5, EditorPane.label(i18n, "prep.header.distribution", distribution), distribution);

    Button save = EditorPane.button(i18n, "prep.save", controller::onSave);
    save.setId("header-save");
    Label message = new Label();
    message.setWrapText(true);
    message.textProperty().bind(model.state().messageProperty());
    message.getStyleClass().add("error-text");
    Label saved = new Label();
    saved.textProperty().bind(model.state().savedProperty());
    Label hint = new Label();
    hint.setWrapText(true);
    hint.textProperty().bind(i18n.bind("prep.header.keys"));

    EditorPane.decorate(
        model.state(),
        i18n,
        Map.of(
            HeaderModel.STYLE, style,
            HeaderModel.UPPER, upper,
            HeaderModel.LOWER, lower,
            HeaderModel.NUMBER, number,
            HeaderModel.PLACE, place,
            HeaderModel.DISTRIBUTION, distribution));
    root = new VBox(12, form, save, message, saved, hint);
    root.setPadding(new Insets(16));
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          boolean inList = e.getTarget() instanceof TextArea;
          if (e.getCode() == KeyCode.ENTER && (e.isShortcutDown() || !inList)) {
            controller.onSave();
            e.consume();
          }
        });
  }

  private static TextField field(String id, javafx.beans.property.StringProperty value) {
    TextField t = new TextField();
    t.setId(id);
    t.textProperty().bindBidirectional(value);
    return t;
  }

  public Node node() {
    return root;
  }
}
