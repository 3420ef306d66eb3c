package vn.binhxet.ui.agendaedit;

import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.ui.agendaedit.AgendaEditModel.VoteChoice;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EnumWords;
import vn.binhxet.ui.common.I18n;

/** The agenda: its steps, and the form of the step selected or new. */
public final class AgendaEditView {
  private final EditorPane pane;

  public AgendaEditView(AgendaEditModel model, AgendaEditController controller, I18n i18n) {
    ComboBox<AgendaStepKind> kind =
        new ComboBox<>(FXCollections.observableArrayList(AgendaStepKind.values()));
    kind.setId("step-kind");
    kind.valueProperty().bindBidirectional(model.kindProperty());
    EnumWords.show(kind, i18n, "step.");
    TextField title = new TextField();
    title.setId("step-title");
    title.textProperty().bindBidirectional(model.titleProperty());
    ComboBox<VoteChoice> vote = new ComboBox<>(model.votes());
    vote.setId("step-vote");
    vote.valueProperty().bindBidirectional(model.voteProperty());
    vote.setMaxWidth(Double.MAX_VALUE);
    StringConverter<VoteChoice> words =
        new StringConverter<>() {
          @Override
          public String toString(VoteChoice v) {
            return v == null ? "" : v.label();
          }

          @Override
          public VoteChoice fromString(String s) {
            return null;
          }
        };
    vote.setConverter(words);
    vote.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(VoteChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : words.toString(item));
              }
            });

    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.setHgap(10);
    form.setVgap(8);
    form.addRow(0, EditorPane.label(i18n, "prep.step.title", title), title);
    form.addRow(1, EditorPane.label(i18n, "prep.step.kindLabel", kind), kind);
    form.addRow(2, EditorPane.label(i18n, "prep.step.vote", vote), vote);
    GridPane.setHgrow(title, Priority.ALWAYS);

    pane =
        new EditorPane(
            model.state(),
            i18n,
            List.of(
                // Room for each column's longest word ("Nomination", "chuẩn") at 1366×768.
                EditorPane.column(i18n, "conference.col.number", 0, 34, 34, false),
                EditorPane.column(i18n, "conference.col.step", 1, 190, 130, true),
                EditorPane.column(i18n, "conference.col.stepKind", 2, 96, 96, false),
                EditorPane.column(i18n, "prep.step.vote", 3, 120, 100, true)),
            form,
            Map.of(
                AgendaEditModel.KIND,
                kind,
                AgendaEditModel.TITLE,
                title,
                AgendaEditModel.VOTE,
                vote),
            title,
            controller,
            List.of());
  }

  public Node node() {
    return pane.node();
  }
}
