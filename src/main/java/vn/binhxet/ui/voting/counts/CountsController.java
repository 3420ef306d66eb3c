package vn.binhxet.ui.voting.counts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.ResultVisibility;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Check;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.WholeNumbers;
import vn.binhxet.ui.voting.counts.CountsModel.OptionRow;
import vn.binhxet.ui.voting.round.CurrentRound;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * Counts typed per option (hands, or a secret ballot's totals) and a secret ballot's accounting.
 * Each row is one entry, saved on Enter or on leaving it; what the checks say lands on the field at
 * fault.
 */
public final class CountsController {
  private final CountsModel model;
  private final CurrentRound current;
  private final EntryService entries;
  private final InvalidationListener refresh = o -> fill();
  // An entry on its way to the database: leaving a field right after Enter must not send it twice.
  private Object inFlight;

  public CountsController(CountsModel model, CurrentRound current, EntryService entries) {
    this.model = model;
    this.current = current;
    this.entries = entries;
    current.listen(refresh);
    fill();
  }

  public void close() {
    current.unlisten(refresh);
  }

  /** The row's numbers were typed: save them as one entry (unchanged numbers save nothing). */
  public void onRecord(OptionRow row) {
    RoundRecord r = current.round();
    if (r == null || r.status() != RoundStatus.OPEN) {
      return;
    }
    if (r.mode() == EntryMode.BALLOT_TOTALS) {
      recordTotal(r, row);
      return;
    }
    if (r.mode() != EntryMode.HANDS) {
      return;
    }
    HandsCount count;
    try {
      count =
          new HandsCount(
              number(row.votesForProperty().get()),
              number(row.againstProperty().get()),
              number(row.abstainProperty().get()));
    } catch (NumberFormatException e) {
      notANumber(row);
      return;
    }
    if (count.equals(r.hands().counts().get(row.option()))) {
      row.setProblem(null);
      return;
    }
    Object key = List.of(r.ref(), row.option(), count);
    if (key.equals(inFlight)) {
      return;
    }
    inFlight = key;
    current.enter(
        () -> entries.recordHands(r.ref(), row.option(), count),
        current
            .i18n()
            .tr(
                "voting.saved.hands",
                row.option(),
                count.votesFor(),
                count.against(),
                count.abstain()),
        warnings -> {
          inFlight = null;
          show(warnings, row(row.option()));
        },
        findings -> {
          inFlight = null;
          show(findings, row);
        });
  }

  private void recordTotal(RoundRecord r, OptionRow row) {
    int votesFor;
    try {
      votesFor = number(row.votesForProperty().get());
    } catch (NumberFormatException e) {
      notANumber(row);
      return;
    }
    if (Integer.valueOf(votesFor).equals(r.accounting().votesFor().get(row.option()))) {
      row.setProblem(null);
      return;
    }
    Object key = List.of(r.ref(), row.option(), votesFor);
    if (key.equals(inFlight)) {
      return;
    }
    inFlight = key;
    current.enter(
        () -> entries.recordBallotTotal(r.ref(), row.option(), votesFor, null),
        current.i18n().tr("voting.saved.total", row.option(), votesFor),
        warnings -> {
          inFlight = null;
          show(warnings, row(row.option()));
        },
        findings -> {
          inFlight = null;
          show(findings, row);
        });
  }

  /** The committee's accounting was typed: ballots issued, collected, and invalid by reason. */
  public void onRecordAccounting() {
    RoundRecord r = current.round();
    if (r == null
        || r.status() != RoundStatus.OPEN
        || r.mode().method() != VotingMethod.SECRET_BALLOT) {
      return;
    }
    int issued;
    int collected;
    Map<InvalidReason, Integer> invalid = new EnumMap<>(InvalidReason.class);
    try {
      issued = number(model.issuedProperty().get());
      collected = number(model.collectedProperty().get());
      if (r.mode() == EntryMode.BALLOT_TOTALS) {
        for (InvalidReason reason : InvalidReason.values()) {
          int n = number(model.invalidProperty(reason).get());
          if (n != 0) {
            invalid.put(reason, n);
          }
        }
      }
    } catch (NumberFormatException e) {
      FieldProblem p = FieldProblem.error(current.i18n().tr("voting.notANumber"));
      model.setAccountingProblems(p, null);
      model.setSummary(p.text());
      return;
    }
    if (issued == r.accounting().issued()
        && collected == r.accounting().collected()
        && invalid.equals(r.accounting().invalid())) {
      return;
    }
    Object key = List.of(r.ref(), issued, collected, invalid);
    if (key.equals(inFlight)) {
      return;
    }
    inFlight = key;
    current.enter(
        () -> entries.recordAccounting(r.ref(), issued, collected, invalid),
        current.i18n().tr("voting.saved.accounting", issued, collected),
        warnings -> {
          inFlight = null;
          show(warnings, null);
        },
        findings -> {
          inFlight = null;
          show(findings, null);
        });
  }

  /**
   * The accounting has been gone through: the next keystroke is the first ballot, or the first
   * count.
   */
  public void onAccountingDone() {
    RoundRecord r = current.round();
    if (r != null && r.status() == RoundStatus.OPEN) {
      current
          .status()
          .requestFocus(r.mode().singleBallots() ? "voting-ballot-input" : "voting-0-0");
    }
  }

  /**
   * Puts findings on their fields: an option's on its row, the accounting's on the number they are
   * about, the rest on the row just typed. A missing count (W03) is told only when the round is
   * being closed, not while the rows are still being filled.
   */
  public void show(List<Finding> findings, OptionRow edited) {
    showAll(findings, edited, false);
  }

  /** The findings that stopped the round from closing, missing counts included. */
  public void showOnClose(List<Finding> findings) {
    showAll(findings, null, true);
  }

  private void showAll(List<Finding> findings, OptionRow edited, boolean closing) {
    model.rows().forEach(row -> row.setProblem(null));
    FieldProblem issued = null;
    FieldProblem collected = null;
    List<String> words = new ArrayList<>();
    for (Finding f : findings) {
      if (f.check() == Check.W02 || (f.check() == Check.W03 && !closing)) {
        continue;
      }
      FieldProblem p = current.problem(f);
      OptionRow row = f.option() == null ? null : row(f.option());
      if (row != null) {
        row.setProblem(merge(row.problemProperty().get(), p));
        words.add(row.option() + " — " + p.text());
      } else if (f.check() == Check.E02 || f.check() == Check.E09 && edited == null) {
        issued = merge(issued, p);
        words.add(p.text());
      } else if (f.check() == Check.E01 || f.check() == Check.W01 || f.check() == Check.E08) {
        collected = merge(collected, p);
        words.add(p.text());
      } else if (edited != null) {
        edited.setProblem(merge(edited.problemProperty().get(), p));
        words.add(edited.option() + " — " + p.text());
      } else {
        words.add(p.text());
      }
    }
    model.setAccountingProblems(issued, collected);
    model.setSummary(String.join("\n", words));
  }

  /** Two findings on one field: both are told, and it is an error if either is. */
  private static FieldProblem merge(FieldProblem was, FieldProblem more) {
    return was == null
        ? more
        : new FieldProblem(was.text() + "\n" + more.text(), was.error() || more.error());
  }

  private OptionRow row(String option) {
    return model.rows().stream().filter(r -> r.option().equals(option)).findFirst().orElse(null);
  }

  private void notANumber(OptionRow row) {
    FieldProblem p = FieldProblem.error(current.i18n().tr("voting.notANumber"));
    row.setProblem(p);
    model.setSummary(row.option() + " — " + p.text());
  }

  private void fill() {
    VoteOutcome o = current.outcome();
    RoundRecord r = current.round();
    model.setSummary("");
    model.setAccountingProblems(null, null);
    if (o == null || r == null) {
      model.setRows(List.of());
      model.setShape(false, false, false, false, false, false);
      return;
    }
    boolean ballot = r.mode().method() == VotingMethod.SECRET_BALLOT;
    boolean open = r.status() == RoundStatus.OPEN;
    boolean typed = r.mode() == EntryMode.HANDS || r.mode() == EntryMode.BALLOT_TOTALS;
    // A secret count entered ballot by ballot shows its totals only where the vote lets them be
    // seen live, and never while it is entered twice (decision 0014).
    boolean live =
        r.mode() == EntryMode.HANDS_RAISED
            || r.mode() == EntryMode.BALLOTS && o.vote().visibility() == ResultVisibility.LIVE;
    if (ballot) {
      // Nothing reported yet reads as empty fields, not as a report of zero ballots.
      boolean reported = r.accounting().issued() != 0 || r.accounting().collected() != 0;
      model.issuedProperty().set(reported ? Integer.toString(r.accounting().issued()) : "");
      model.collectedProperty().set(reported ? Integer.toString(r.accounting().collected()) : "");
      for (InvalidReason reason : InvalidReason.values()) {
        Integer n = r.accounting().invalid().get(reason);
        model.invalidProperty(reason).set(n == null ? "" : n.toString());
      }
    }
    model.setShape(
        !open || typed || live,
        ballot,
        open && typed,
        ballot,
        open && ballot,
        r.mode() == EntryMode.BALLOT_TOTALS);
    model.setRows(CountRows.of(o, r, current.i18n()));
  }

  private static int number(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    Integer n = WholeNumbers.parse(t);
    if (n == null) {
      throw new NumberFormatException(t);
    }
    return n;
  }
}
