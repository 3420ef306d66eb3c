package vn.binhxet.ui.awards;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.ui.common.EditorState;

/**
 * Award categories: the list, and the award in the form with its rule, either a preset (null:
 * edited here) or the fields of an edited one, and who may stand.
 */
public final class AwardsModel {
  public static final String NAME = "name";
  public static final String QUOTA = "quota";
  public static final String METHOD = "method";
  public static final String QUORUM = "quorum";
  public static final String THRESHOLD = "threshold";
  public static final String RULE = "rule";
  public static final String SOURCE = "source";
  public static final String POOL = "pool";
  public static final String POOL_SOURCE = "poolSource";

  private final EditorState state = new EditorState();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty quota = new SimpleStringProperty("1");
  private final ObjectProperty<VotingMethod> method =
      new SimpleObjectProperty<>(VotingMethod.SHOW_OF_HANDS);
  private final ObjectProperty<RulePreset> preset =
      new SimpleObjectProperty<>(RulePreset.CLUSTER_DEFAULT);
  private final ObjectProperty<VoterBasis> basis = new SimpleObjectProperty<>();
  private final ObjectProperty<Comparison> quorumOp = new SimpleObjectProperty<>();
  private final StringProperty quorum = new SimpleStringProperty("");
  private final ObjectProperty<Comparison> thresholdOp = new SimpleObjectProperty<>();
  private final StringProperty threshold = new SimpleStringProperty("");
  private final ObjectProperty<ThresholdBase> base = new SimpleObjectProperty<>();
  private final StringProperty source = new SimpleStringProperty("");
  private final ObjectProperty<CandidatePool.Kind> pool =
      new SimpleObjectProperty<>(CandidatePool.Kind.NOT_NOMINATED_HIGHER);
  private final StringProperty poolSource = new SimpleStringProperty();
  private final ObservableList<String> awardNames = FXCollections.observableArrayList();
  private final ObservableList<String> awardNamesView =
      FXCollections.unmodifiableObservableList(awardNames);

  public EditorState state() {
    return state;
  }

  // The form's fields are the user's to edit: the view binds them both ways.
  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty quotaProperty() {
    return quota;
  }

  public ObjectProperty<VotingMethod> methodProperty() {
    return method;
  }

  /** The preset the rule is taken from; null when the rule is edited in the fields below. */
  public ObjectProperty<RulePreset> presetProperty() {
    return preset;
  }

  public ObjectProperty<VoterBasis> basisProperty() {
    return basis;
  }

  public ObjectProperty<Comparison> quorumOpProperty() {
    return quorumOp;
  }

  public StringProperty quorumProperty() {
    return quorum;
  }

  public ObjectProperty<Comparison> thresholdOpProperty() {
    return thresholdOp;
  }

  public StringProperty thresholdProperty() {
    return threshold;
  }

  public ObjectProperty<ThresholdBase> baseProperty() {
    return base;
  }

  public StringProperty sourceProperty() {
    return source;
  }

  public ObjectProperty<CandidatePool.Kind> poolProperty() {
    return pool;
  }

  /** The name of the award whose nominees may stand, for that kind of pool. */
  public StringProperty poolSourceProperty() {
    return poolSource;
  }

  public ObservableList<String> awardNames() {
    return awardNamesView;
  }

  void setAwardNames(java.util.List<String> names) {
    awardNames.setAll(names);
  }
}
