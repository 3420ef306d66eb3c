package vn.binhxet.ui.awards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EnumWords;
import vn.binhxet.ui.common.I18n;

/**
 * Award categories: the list, and the form: name, quota, method, the rule chosen from the presets
 * (its source shown) or edited, and who may stand.
 */
public final class AwardsView {
  private final EditorPane pane;

  public AwardsView(AwardsModel model, AwardsController controller, I18n i18n) {
    TextField name = text("award-name", model.nameProperty());
    TextField quota = text("award-quota", model.quotaProperty());
    quota.setPrefColumnCount(4);
    ComboBox<VotingMethod> method = choice(VotingMethod.values(), model.methodProperty());
    EnumWords.show(method, i18n, "method.");

    List<RulePreset> presets = new ArrayList<>();
    presets.add(null);
    presets.addAll(Arrays.asList(RulePreset.values()));
    ComboBox<RulePreset> preset = new ComboBox<>(FXCollections.observableArrayList(presets));
    preset.setId("award-preset");
    preset.setMaxWidth(Double.MAX_VALUE);
    StringConverter<RulePreset> presetWords =
        new StringConverter<>() {
          @Override
          public String toString(RulePreset p) {
            return p == null
                ? i18n.tr("prep.rule.edited")
                : i18n.tr("rule.preset." + p.name() + ".source");
          }

          @Override
          public RulePreset fromString(String s) {
            return null;
          }
        };
    preset.setConverter(presetWords);
    preset.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(RulePreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : presetWords.toString(item));
              }
            });
    // The preset shown follows a change of language, as EnumWords' choices do; held weakly.
    ListCell<RulePreset> presetShown =
        new ListCell<>() {
          @Override
          protected void updateItem(RulePreset item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? "" : presetWords.toString(item));
          }
        };
    preset.setButtonCell(presetShown);
    javafx.beans.InvalidationListener relabelPreset =
        o -> presetShown.setText(presetWords.toString(preset.getValue()));
    preset.getProperties().put(AwardsView.class, relabelPreset);
    i18n.messagesProperty().addListener(new javafx.beans.WeakInvalidationListener(relabelPreset));
    preset.valueProperty().bindBidirectional(model.presetProperty());
    preset.setOnAction(e -> controller.onPreset(preset.getValue()));
    Label presetSource = new Label();
    presetSource.setWrapText(true);
    presetSource.getStyleClass().add("hint");
    presetSource
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.presetProperty().get() == null
                        ? i18n.tr("prep.rule.editedHint")
                        : i18n.tr(
                            "prep.rule.source",
                            i18n.tr(
                                "rule.preset." + model.presetProperty().get().name() + ".source")),
                model.presetProperty(),
                i18n.messagesProperty()));

    ComboBox<VoterBasis> basis = choice(VoterBasis.values(), model.basisProperty());
    EnumWords.show(basis, i18n, "prep.basis.");
    ComboBox<Comparison> quorumOp = choice(Comparison.values(), model.quorumOpProperty());
    EnumWords.show(quorumOp, i18n, "rule.op.");
    TextField quorum = text("award-quorum", model.quorumProperty());
    quorum.setPrefColumnCount(5);
    ComboBox<Comparison> thresholdOp = choice(Comparison.values(), model.thresholdOpProperty());
    EnumWords.show(thresholdOp, i18n, "rule.op.");
    TextField threshold = text("award-threshold", model.thresholdProperty());
    threshold.setPrefColumnCount(5);
    ComboBox<ThresholdBase> base = choice(ThresholdBase.values(), model.baseProperty());
    EnumWords.show(base, i18n, "prep.base.");
    TextField source = text("award-source", model.sourceProperty());
    // The fields of the rule are edited only when no preset is chosen.
    var fixed = model.presetProperty().isNotNull();
    for (javafx.scene.control.Control c :
        List.of(basis, quorumOp, quorum, thresholdOp, threshold, base, source)) {
      c.disableProperty().bind(fixed);
    }
    quorumOp.setMinWidth(80);
    thresholdOp.setMinWidth(80);
    quorum.setMinWidth(80);
    threshold.setMinWidth(80);

    ComboBox<CandidatePool.Kind> pool = choice(CandidatePool.Kind.values(), model.poolProperty());
    EnumWords.show(pool, i18n, "prep.pool.");
    ComboBox<String> poolSource = new ComboBox<>(model.awardNames());
    poolSource.valueProperty().bindBidirectional(model.poolSourceProperty());
    poolSource.setMaxWidth(Double.MAX_VALUE);
    poolSource
        .disableProperty()
        .bind(Bindings.notEqual(model.poolProperty(), CandidatePool.Kind.NOMINEES_OF));

    GridPane form = new GridPane();
    form.getStyleClass().add("form");
    form.setHgap(10);
    form.setVgap(8);
    int row = 0;
    form.addRow(row++, EditorPane.label(i18n, "prep.award.name", name), name);
    form.addRow(
        row++, EditorPane.label(i18n, "prep.award.quotaLabel", quota), new HBox(8, quota, method));
    form.addRow(row++, EditorPane.label(i18n, "prep.rule.preset", preset), preset);
    presetSource.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    presetSource.setMaxWidth(280);
    form.add(presetSource, 1, row++);
    form.addRow(row++, EditorPane.label(i18n, "prep.rule.basis", basis), basis);
    form.addRow(
        row++, EditorPane.label(i18n, "prep.rule.quorum", quorum), new HBox(6, quorumOp, quorum));
    form.addRow(
        row++,
        EditorPane.label(i18n, "prep.rule.threshold", threshold),
        new HBox(6, thresholdOp, threshold));
    form.addRow(row++, EditorPane.label(i18n, "prep.rule.base", base), base);
    form.addRow(row++, EditorPane.label(i18n, "prep.rule.sourceLabel", source), source);
    form.addRow(row++, EditorPane.label(i18n, "prep.award.poolLabel", pool), pool);
    form.addRow(row, EditorPane.label(i18n, "prep.award.poolSourceLabel", poolSource), poolSource);
    GridPane.setHgrow(name, Priority.ALWAYS);
    HBox.setHgrow(method, Priority.ALWAYS);

    pane =
        new EditorPane(
            model.state(),
            i18n,
            List.of(
                EditorPane.column(i18n, "conference.col.number", 0, 34, 34, false),
                EditorPane.column(i18n, "conference.col.award", 1, 150, 110, true),
                EditorPane.column(i18n, "conference.col.quota", 2, 60, 60, false),
                EditorPane.column(i18n, "conference.col.method", 3, 84, 84, false),
                EditorPane.column(i18n, "conference.col.rule", 4, 120, 100, true)),
            form,
            Map.of(
                AwardsModel.NAME, name,
                AwardsModel.QUOTA, quota,
                AwardsModel.METHOD, method,
                AwardsModel.QUORUM, quorum,
                AwardsModel.THRESHOLD, threshold,
                AwardsModel.RULE, basis,
                AwardsModel.SOURCE, source,
                AwardsModel.POOL, pool,
                AwardsModel.POOL_SOURCE, poolSource),
            name,
            controller,
            List.of());
  }

  private static TextField text(String id, javafx.beans.property.StringProperty value) {
    TextField t = new TextField();
    t.setId(id);
    t.textProperty().bindBidirectional(value);
    return t;
  }

  private static <E> ComboBox<E> choice(E[] values, javafx.beans.property.ObjectProperty<E> value) {
    ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
    box.valueProperty().bindBidirectional(value);
    return box;
  }

  public Node node() {
    return pane.node();
  }
}
