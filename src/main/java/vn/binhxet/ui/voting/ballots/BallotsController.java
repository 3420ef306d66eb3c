package vn.binhxet.ui.voting.ballots;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Reconciliation;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.service.EntryService;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.round.BallotInput;
import vn.binhxet.ui.voting.round.BallotWords;
import vn.binhxet.ui.voting.round.CurrentRound;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * Ballot by ballot: each ballot typed is saved on Enter as the next of its pass; a pass that is
 * complete hands over to the second, blind one; undo takes back this pass's last ballot only.
 */
public final class BallotsController {
  private static final int RECENT = 6;

  private final BallotsModel model;
  private final CurrentRound current;
  private final EntryService entries;
  private final I18n i18n;
  private final InvalidationListener refresh = o -> fill();
  private RoundRef shown;
  private int pass = 1;
  // A ballot on its way to the database: a second Enter must wait for it.
  private boolean inFlight;

  public BallotsController(BallotsModel model, CurrentRound current, EntryService entries) {
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

  /** Where this panel expects the next keystroke. */
  public String entryPoint() {
    RoundRecord r = current.round();
    return r != null && reconciling(r) ? "voting-reconcile-input" : "voting-ballot-input";
  }

  /** Enter in the ballot field: the ballot typed is the next of this pass. */
  public void onEnter() {
    RoundRecord r = current.round();
    if (r == null || r.status() != RoundStatus.OPEN || !r.mode().singleBallots() || inFlight) {
      return;
    }
    List<Ballot> mine = entered(r);
    int collected = r.accounting().collected();
    if (collected == 0) {
      problem(i18n.tr("voting.ballot.accountingFirst"));
      return;
    }
    if (mine.size() >= collected) {
      problem(i18n.tr("vote.allBallotsEntered", collected));
      return;
    }
    int seq = mine.stream().mapToInt(Ballot::seq).max().orElse(0) + 1;
    BallotInput.Parsed parsed =
        BallotInput.parse(model.inputProperty().get(), r.setup().options(), r.setup().seats(), seq);
    if (!parsed.ok()) {
      problem(i18n.tr(parsed.problemKey(), parsed.args().toArray()));
      return;
    }
    int p = pass;
    inFlight = true;
    current.enter(
        () -> entries.recordBallot(r.ref(), p, parsed.ballot()),
        i18n.tr("voting.saved.ballot", seq, p),
        warnings -> {
          inFlight = false;
          model.inputProperty().set("");
          model.setProblem(null);
          handOver();
        },
        findings -> {
          inFlight = false;
          // What the ballot itself breaks says more than the totals it would make.
          List<vn.binhxet.domain.vote.Finding> own =
              findings.stream().filter(f -> f.ballot() != null).toList();
          if (!findings.isEmpty()) {
            problem(current.describe(own.isEmpty() ? findings : own));
          }
        });
  }

  /** Takes back this pass's last ballot (Ctrl+Z). */
  public void onUndo() {
    RoundRecord r = current.round();
    if (r == null || r.status() != RoundStatus.OPEN || !r.mode().singleBallots()) {
      return;
    }
    int p = pass;
    current.change(
        () -> entries.undoLastBallot(r.ref(), p),
        () -> {
          model.setProblem(null);
          current.status().setSaved(i18n.tr("voting.ballot.undone", p));
          current.status().requestFocus("voting-ballot-input");
        });
  }

  /** Ctrl+1 or Ctrl+2: who types now. */
  public void onPass(int value) {
    RoundRecord r = current.round();
    if (r == null || r.mode() != EntryMode.BALLOTS_TWICE || value < 1 || value > 2) {
      return;
    }
    pass = value;
    model.inputProperty().set("");
    model.setProblem(null);
    fill();
    current.status().requestFocus("voting-ballot-input");
  }

  private void problem(String text) {
    model.setProblem(FieldProblem.error(text));
    current.status().requestFocus("voting-ballot-input");
  }

  /** A first pass just completed hands the keyboard to the second typist, on a blank screen. */
  private void handOver() {
    RoundRecord r = current.round();
    if (r == null) {
      return;
    }
    int collected = r.accounting().collected();
    if (r.mode() == EntryMode.BALLOTS_TWICE
        && pass == 1
        && r.first().size() >= collected
        && r.second().size() < collected) {
      pass = 2;
      current.status().setMessage(i18n.tr("voting.ballot.handOver"));
      fill();
    }
    current.status().requestFocus(entryPoint());
    if (complete(r) && !reconciling(r)) {
      current.status().requestFocus("voting-close");
    }
  }

  private boolean complete(RoundRecord r) {
    int collected = r.accounting().collected();
    return collected > 0
        && r.first().size() >= collected
        && (r.mode() != EntryMode.BALLOTS_TWICE || r.second().size() >= collected);
  }

  /** Both blind passes are complete and differ: the reconciliation screen takes over. */
  static boolean reconciling(RoundRecord r) {
    int collected = r.accounting().collected();
    return r.mode() == EntryMode.BALLOTS_TWICE
        && r.status() == RoundStatus.OPEN
        && collected > 0
        && r.first().size() >= collected
        && r.second().size() >= collected
        && !Reconciliation.differences(r.first(), r.second()).isEmpty();
  }

  private List<Ballot> entered(RoundRecord r) {
    return pass == 2 ? r.second() : r.first();
  }

  private void fill() {
    RoundRecord r = current.round();
    boolean active =
        r != null && r.status() == RoundStatus.OPEN && r.mode().singleBallots() && !reconciling(r);
    boolean twice = r != null && r.mode() == EntryMode.BALLOTS_TWICE;
    if (r == null || !r.ref().equals(shown)) {
      shown = r == null ? null : r.ref();
      // A round shown anew opens at the first pass not yet complete.
      pass =
          twice && r.first().size() >= r.accounting().collected() && r.accounting().collected() > 0
              ? 2
              : 1;
      model.inputProperty().set("");
      model.setProblem(null);
    }
    if (!twice) {
      pass = 1;
    }
    model.setActive(active, twice);
    if (r == null || !r.mode().singleBallots()) {
      model.setRecent(List.of());
      return;
    }
    model.setPass(pass, twice ? i18n.tr("voting.ballot.pass." + pass) : "");
    List<String> options = r.setup().options();
    model.setLegend(
        BallotWords.legend(options),
        BallotWords.reasons(i18n),
        i18n.tr("voting.ballot.seats", r.setup().seats()));
    List<Ballot> mine = entered(r);
    int collected = r.accounting().collected();
    boolean done = collected > 0 && mine.size() >= collected;
    String progress =
        collected == 0
            ? i18n.tr("voting.ballot.accountingFirst")
            : complete(r)
                ? i18n.tr(twice ? "voting.ballot.agree" : "voting.ballot.allIn", collected)
                : i18n.tr("voting.ballot.progress", mine.size(), collected);
    model.setProgress(progress, done);
    List<String> recent = new ArrayList<>();
    for (int i = mine.size() - 1; i >= 0 && recent.size() < RECENT; i--) {
      Ballot b = mine.get(i);
      recent.add(i18n.tr("voting.ballot.line", b.seq(), BallotWords.of(b, options, i18n)));
    }
    model.setRecent(recent);
  }
}
