package vn.binhxet.ui.voting.reconcile;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.Reconciliation;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.service.EntryService;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.round.BallotInput;
import vn.binhxet.ui.voting.round.BallotWords;
import vn.binhxet.ui.voting.round.CurrentRound;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * Reconciles two blind entries: the secretary re-reads a disputed ballot from its paper and types
 * it; the pass (or both) that read it otherwise is corrected. The round can close once no ballot
 * differs (decision 0015).
 */
public final class ReconcileController {
  private final ReconcileModel model;
  private final CurrentRound current;
  private final EntryService entries;
  private final I18n i18n;
  private final InvalidationListener refresh = o -> fill();
  private boolean inFlight;

  public ReconcileController(ReconcileModel model, CurrentRound current, EntryService entries) {
    this.model = model;
    this.current = current;
    this.entries = entries;
    this.i18n = current.i18n();
    current.listen(refresh);
    fill();
  }

  public void close() {
    current.unlisten(refresh);
  }

  public void onSelect(int index) {
    if (index >= 0 && index < model.rows().size()) {
      select(index);
    }
  }

  /** Enter: the ballot as read on its paper corrects the pass that read it otherwise. */
  public void onEnter() {
    RoundRecord r = current.round();
    Integer index = model.selectedProperty().get();
    if (r == null || index == null || index >= model.rows().size() || inFlight) {
      return;
    }
    int seq = model.rows().get(index).seq();
    BallotInput.Parsed parsed =
        BallotInput.parse(model.inputProperty().get(), r.setup().options(), r.setup().seats(), seq);
    if (!parsed.ok()) {
      model.setProblem(FieldProblem.error(i18n.tr(parsed.problemKey(), parsed.args().toArray())));
      return;
    }
    Ballot read = parsed.ballot();
    List<Integer> wrong = new ArrayList<>();
    if (!same(read, find(r.first(), seq))) {
      wrong.add(1);
    }
    if (!same(read, find(r.second(), seq))) {
      wrong.add(2);
    }
    inFlight = true;
    current.enter(
        () -> {
          List<Finding> warnings = new ArrayList<>();
          for (int pass : wrong) {
            warnings.addAll(entries.correctBallot(r.ref(), pass, read));
          }
          return warnings;
        },
        i18n.tr(
            wrong.size() == 2 ? "voting.reconcile.savedBoth" : "voting.reconcile.saved",
            seq,
            wrong.isEmpty() ? 0 : wrong.get(0)),
        warnings -> {
          inFlight = false;
          model.inputProperty().set("");
          model.setProblem(null);
          current
              .status()
              .requestFocus(
                  model.activeProperty().get() ? "voting-reconcile-input" : "voting-close");
        },
        findings -> {
          inFlight = false;
          if (!findings.isEmpty()) {
            model.setProblem(FieldProblem.error(current.describe(findings)));
          }
        });
  }

  private static boolean same(Ballot a, Ballot b) {
    return b != null && a.marks().equals(b.marks()) && a.invalid() == b.invalid();
  }

  private static Ballot find(List<Ballot> ballots, int seq) {
    return ballots.stream().filter(b -> b.seq() == seq).findFirst().orElse(null);
  }

  private void select(int index) {
    model.setSelected(index, i18n.tr("voting.reconcile.prompt", model.rows().get(index).seq()));
    model.inputProperty().set("");
    model.setProblem(null);
  }

  private void fill() {
    RoundRecord r = current.round();
    boolean twice =
        r != null && r.mode() == EntryMode.BALLOTS_TWICE && r.status() == RoundStatus.OPEN;
    int collected = twice ? r.accounting().collected() : 0;
    List<Reconciliation.Difference> differences =
        twice && collected > 0 && r.first().size() >= collected && r.second().size() >= collected
            ? Reconciliation.differences(r.first(), r.second())
            : List.of();
    if (differences.isEmpty()) {
      model.setActive(false, "");
      model.setRows(List.of());
      model.setSelected(null, "");
      return;
    }
    List<String> options = r.setup().options();
    model.setActive(true, i18n.tr("voting.reconcile.title", differences.size(), collected));
    model.setLegend(BallotWords.legend(options), BallotWords.reasons(i18n));
    Integer was = model.selectedProperty().get();
    model.setRows(
        differences.stream()
            .map(
                d ->
                    new ReconcileModel.Row(
                        d.seq(),
                        BallotWords.of(d.first(), options, i18n),
                        BallotWords.of(d.second(), options, i18n)))
            .toList());
    // After a correction the next disputed ballot is up; it sits where the corrected one was.
    select(was == null ? 0 : Math.min(was, differences.size() - 1));
  }
}
