package vn.binhxet.ui.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.service.AwardDraft;
import vn.binhxet.service.Fractions;
import vn.binhxet.service.ProgrammeService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EditorState;
import vn.binhxet.ui.common.EditorSupport;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.RuleWords;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Edits the award categories; each award's nomination vote and agenda step follow it (the service
 * keeps them as a new conference has them). Stored at once, refused once counted.
 */
public final class AwardsController implements EditorPane.Actions {
  private final AwardsModel model;
  private final SessionModel session;
  private final ProgrammeService programme;
  private final DialogService dialogs;
  private final I18n i18n;
  private final EditorSupport support;
  private final InvalidationListener reload = o -> fill();
  private final InvalidationListener relabel =
      o -> {
        fill();
        support().showSaved();
      };

  public AwardsController(
      AwardsModel model,
      SessionModel session,
      ProgrammeService programme,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.programme = programme;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.support =
        new EditorSupport(
            model.state(),
            tasks,
            i18n,
            Set.of(
                AwardsModel.NAME,
                AwardsModel.QUOTA,
                AwardsModel.METHOD,
                AwardsModel.QUORUM,
                AwardsModel.THRESHOLD,
                AwardsModel.RULE,
                AwardsModel.SOURCE,
                AwardsModel.POOL,
                AwardsModel.POOL_SOURCE),
            p -> session.setConference(p.conference(), p.outcomes()));
    session.conferenceProperty().addListener(reload);
    i18n.messagesProperty().addListener(relabel);
    showRule(RulePreset.CLUSTER_DEFAULT.rule());
    fill();
  }

  private EditorSupport support() {
    return support;
  }

  public void close() {
    session.conferenceProperty().removeListener(reload);
    i18n.messagesProperty().removeListener(relabel);
  }

  private List<AwardCategory> awards() {
    SavedConference c = session.conference();
    return c == null ? List.of() : c.conference().awards();
  }

  private void fill() {
    List<AwardCategory> awards = awards();
    model.setAwardNames(awards.stream().map(AwardCategory::name).toList());
    List<EditorState.Row> rows = new ArrayList<>();
    for (AwardCategory a : awards) {
      rows.add(
          new EditorState.Row(
              List.of(
                  Integer.toString(a.rank()),
                  a.name(),
                  Integer.toString(a.quota()),
                  i18n.tr("method." + a.method().name()),
                  RuleWords.threshold(a.rule(), i18n),
                  pool(a))));
    }
    model.state().setRows(rows, model.state().selectedProperty().get());
  }

  private String pool(AwardCategory a) {
    Conference c = session.conference().conference();
    return a.pool().kind() == CandidatePool.Kind.NOMINEES_OF
        ? i18n.tr("pool.NOMINEES_OF", c.award(a.pool().sourceRank()).name())
        : i18n.tr("pool." + a.pool().kind().name());
  }

  @Override
  public void onSelect(int index) {
    List<AwardCategory> awards = awards();
    if (index < 0 || index >= awards.size()) {
      return;
    }
    AwardCategory a = awards.get(index);
    model.state().select(index);
    model.nameProperty().set(a.name());
    model.quotaProperty().set(Integer.toString(a.quota()));
    model.methodProperty().set(a.method());
    model.presetProperty().set(a.rule().preset());
    showRule(a.rule());
    model.poolProperty().set(a.pool().kind());
    model
        .poolSourceProperty()
        .set(
            a.pool().sourceRank() == null
                ? null
                : session.conference().conference().award(a.pool().sourceRank()).name());
    support.clear();
  }

  /** A preset was chosen: its values fill the fields, ready to be edited from. */
  public void onPreset(RulePreset preset) {
    model.presetProperty().set(preset);
    if (preset != null) {
      showRule(preset.rule());
    }
  }

  private void showRule(VoteRule rule) {
    model.basisProperty().set(rule.voterBasis());
    model.quorumOpProperty().set(rule.quorumOp());
    model.quorumProperty().set(Fractions.format(rule.quorum()));
    model.thresholdOpProperty().set(rule.thresholdOp());
    model.thresholdProperty().set(Fractions.format(rule.threshold()));
    model.baseProperty().set(rule.base());
    model.sourceProperty().set(rule.source() == null ? "" : rule.source());
  }

  @Override
  public void onNew() {
    model.state().select(-1);
    model.nameProperty().set("");
    model.quotaProperty().set("1");
    onPreset(RulePreset.CLUSTER_DEFAULT);
    model
        .poolProperty()
        .set(
            awards().isEmpty()
                ? CandidatePool.Kind.ALL_MEMBERS
                : CandidatePool.Kind.NOT_NOMINATED_HIGHER);
    model.poolSourceProperty().set(null);
    support.clear();
  }

  private AwardDraft draft() {
    String source = model.poolSourceProperty().get();
    Integer sourceRank =
        awards().stream()
            .filter(a -> a.name().equals(source))
            .map(AwardCategory::rank)
            .findFirst()
            .orElse(null);
    return new AwardDraft(
        model.nameProperty().get(),
        model.quotaProperty().get(),
        model.methodProperty().get(),
        model.presetProperty().get(),
        model.basisProperty().get(),
        model.quorumOpProperty().get(),
        model.quorumProperty().get(),
        model.thresholdOpProperty().get(),
        model.thresholdProperty().get(),
        model.baseProperty().get(),
        model.sourceProperty().get(),
        model.poolProperty().get(),
        sourceRank);
  }

  @Override
  public void onSave() {
    SavedConference c = session.conference();
    if (c == null) {
      return;
    }
    int index = model.state().selectedProperty().get();
    AwardDraft draft = draft();
    if (index < 0) {
      support.change(
          () -> programme.addAward(c.id(), draft),
          p -> {
            onNew();
            model.state().setMessage(i18n.tr("prep.award.added", draft.name()), false);
          });
    } else {
      int rank = awards().get(index).rank();
      support.change(() -> programme.changeAward(c.id(), rank, draft), p -> {});
    }
  }

  @Override
  public void onDelete() {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    if (c == null || index < 0) {
      return;
    }
    AwardCategory a = awards().get(index);
    if (!dialogs.confirm(
        i18n.tr("prep.delete.title"), i18n.tr("prep.award.confirmDelete", a.name()))) {
      return;
    }
    support.change(
        () -> programme.removeAward(c.id(), a.rank()),
        p -> {
          onNew();
          model.state().setMessage(i18n.tr("prep.removed", a.name()), false);
        });
  }

  @Override
  public void onMove(int delta) {
    SavedConference c = session.conference();
    int index = model.state().selectedProperty().get();
    int to = index + delta;
    if (c == null || index < 0 || to < 0 || to >= awards().size()) {
      return;
    }
    int rank = awards().get(index).rank();
    support.change(() -> programme.moveAward(c.id(), rank, to + 1), p -> model.state().select(to));
  }
}
