package vn.binhxet.ui.voting;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Finding;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.service.ConfirmationNeededException;
import vn.binhxet.service.EntryRefusedException;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.common.VoteTitles;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.voting.VotingModel.OptionRow;

/**
 * Takes a vote by show of hands: opens a round, saves each option's count as it is typed (an entry
 * the checks refuse shows its reason beside the row and is not stored), undoes, closes with the
 * warnings confirmed, reopens with a reason, and opens the runoff of a tie. Every change refreshes
 * the session, so the results and the projector follow.
 */
public final class VotingController {
  private final VotingModel model;
  private final SessionModel session;
  private final VoteService votes;
  private final EntryService entries;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final InvalidationListener refresh = o -> fill();
  private final VotingTexts texts;

  public VotingController(
      VotingModel model,
      SessionModel session,
      VoteService votes,
      EntryService entries,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n) {
    this.model = model;
    this.session = session;
    this.votes = votes;
    this.entries = entries;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.texts = new VotingTexts(i18n);
    session.conferenceProperty().addListener(refresh);
    session.outcomesProperty().addListener(refresh);
    i18n.messagesProperty().addListener(refresh);
    fill();
  }

  public void close() {
    session.conferenceProperty().removeListener(refresh);
    session.outcomesProperty().removeListener(refresh);
    i18n.messagesProperty().removeListener(refresh);
  }

  public void onSelectVote(int position) {
    model.setSelected(position);
    model.setMessage("");
    fill();
  }

  public void onOpenRound() {
    VoteOutcome o = session.outcomesProperty().get().get(selected() - 1);
    EntryMode mode =
        o.vote().method() == vn.binhxet.domain.VotingMethod.SECRET_BALLOT
            ? EntryMode.BALLOT_TOTALS
            : EntryMode.HANDS;
    change(() -> votes.openRound(id(), selected(), mode, null));
  }

  /** The committee's accounting was typed: ballots issued, collected, and invalid by reason. */
  public void onRecordAccounting() {
    RoundRecord r = current();
    if (r == null || r.status() != RoundStatus.OPEN) {
      return;
    }
    int issued;
    int collected;
    java.util.Map<vn.binhxet.domain.vote.InvalidReason, Integer> invalid =
        new java.util.EnumMap<>(vn.binhxet.domain.vote.InvalidReason.class);
    try {
      issued = number(model.issuedProperty().get());
      collected = number(model.collectedProperty().get());
      for (vn.binhxet.domain.vote.InvalidReason reason :
          vn.binhxet.domain.vote.InvalidReason.values()) {
        int n = number(model.invalidProperty(reason).get());
        if (n != 0) {
          invalid.put(reason, n);
        }
      }
    } catch (NumberFormatException e) {
      model.setAccountingProblem(i18n.tr("voting.notANumber"));
      return;
    }
    if (issued == r.accounting().issued()
        && collected == r.accounting().collected()
        && invalid.equals(r.accounting().invalid())) {
      model.setAccountingProblem("");
      return;
    }
    enter(
        () -> entries.recordAccounting(r.ref(), issued, collected, invalid),
        model::setAccountingProblem);
  }

  /** The row's three numbers were typed: save them as one entry. */
  public void onRecord(OptionRow row) {
    RoundRecord open = current();
    if (open != null && open.mode() == EntryMode.BALLOT_TOTALS) {
      recordTotal(open, row);
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
      row.setProblem(i18n.tr("voting.notANumber"));
      return;
    }
    RoundRecord r = current();
    if (r == null || r.status() != RoundStatus.OPEN) {
      return;
    }
    HandsCount stored = r.hands().counts().get(row.option());
    if (count.equals(stored)) {
      row.setProblem("");
      return;
    }
    enter(() -> entries.recordHands(r.ref(), row.option(), count), row::setProblem);
  }

  private void recordTotal(RoundRecord r, OptionRow row) {
    int votesFor;
    try {
      votesFor = number(row.votesForProperty().get());
    } catch (NumberFormatException e) {
      row.setProblem(i18n.tr("voting.notANumber"));
      return;
    }
    if (r.status() != RoundStatus.OPEN
        || Integer.valueOf(votesFor).equals(r.accounting().votesFor().get(row.option()))) {
      row.setProblem("");
      return;
    }
    enter(() -> entries.recordBallotTotal(r.ref(), row.option(), votesFor, null), row::setProblem);
  }

  public void onUndo() {
    RoundRecord r = current();
    if (r != null) {
      change(() -> entries.undoLastEntry(r.ref()));
    }
  }

  public void onCloseRound() {
    RoundRecord r = current();
    if (r == null) {
      return;
    }
    tasks.run(
        () -> {
          votes.closeRound(r.ref(), false);
          return votes.outcomes(id());
        },
        this::publish,
        failure -> {
          if (failure instanceof ConfirmationNeededException needed
              && dialogs.confirm(i18n.tr("voting.confirm.title"), describe(needed.warnings()))) {
            change(() -> votes.closeRound(r.ref(), true));
          } else if (failure instanceof EntryRefusedException refused) {
            model.setMessage(describe(refused.findings()));
          } else if (!(failure instanceof ConfirmationNeededException)) {
            fail(failure);
          }
        });
  }

  /** The chair settles a tie: which of the tied take the seats left, and why. */
  public void onChairDecision() {
    RoundRecord r = current();
    if (r == null || r.stored() == null || r.stored().tied().isEmpty()) {
      return;
    }
    RoundResult result = r.stored();
    dialogs
        .chooseAmong(
            i18n.tr("voting.chair.title"),
            i18n.tr("voting.chair.prompt", result.seatsLeft()),
            result.tied(),
            result.seatsLeft())
        .ifPresent(
            chosen ->
                dialogs
                    .askText(i18n.tr("voting.chair.title"), i18n.tr("voting.chair.reason"))
                    .ifPresent(
                        reason ->
                            change(
                                () -> {
                                  votes.decideTie(r.ref(), chosen, reason);
                                  return null;
                                })));
  }

  public void onReopen() {
    RoundRecord r = current();
    if (r == null) {
      return;
    }
    dialogs
        .askText(i18n.tr("voting.reopen.title"), i18n.tr("voting.reopen.prompt"))
        .ifPresent(
            reason ->
                change(
                    () -> {
                      votes.reopenRound(r.ref(), reason);
                      return null;
                    }));
  }

  /**
   * An entry: saved and shown, or refused with its reason written where {@code refusal} shows it.
   */
  private void enter(Callable<?> work, java.util.function.Consumer<String> refusal) {
    tasks.run(
        () -> {
          work.call();
          return votes.outcomes(id());
        },
        this::publish,
        failure -> {
          if (failure instanceof EntryRefusedException refused) {
            refusal.accept(describe(refused.findings()));
          } else {
            fail(failure);
          }
        });
  }

  private void change(Callable<?> work) {
    tasks.run(
        () -> {
          work.call();
          return votes.outcomes(id());
        },
        this::publish,
        this::fail);
  }

  private void publish(List<VoteOutcome> outcomes) {
    model.setMessage("");
    session.setConference(session.conference(), outcomes);
  }

  private void fill() {
    SavedConference saved = session.conference();
    List<VoteOutcome> outcomes = session.outcomesProperty().get();
    if (saved == null || outcomes.isEmpty()) {
      model.setVotes(List.of());
      model.setRows(List.of());
      model.setTie(false);
      model.setRound("", "", false, false, false);
      return;
    }
    Conference c = saved.conference();
    model.setVotes(
        outcomes.stream()
            .map(
                o ->
                    new VotingModel.VoteItem(
                        o.position(), VoteTitles.of(c, o.vote(), i18n), texts.state(o)))
            .toList());
    Integer position = model.selectedProperty().get();
    VoteOutcome o =
        position == null || position > outcomes.size() ? null : outcomes.get(position - 1);
    if (o == null) {
      model.setRows(List.of());
      model.setTie(false);
      model.setRound(i18n.tr("voting.choose"), "", false, false, false);
      return;
    }
    RoundRecord r = o.rounds().isEmpty() ? null : o.rounds().get(o.rounds().size() - 1);
    // Totals of a secret ballot are entered here; single ballots (once or twice) are not yet.
    boolean enterable =
        r == null || r.mode() == EntryMode.HANDS || r.mode() == EntryMode.BALLOT_TOTALS;
    boolean hands = enterable;
    boolean canOpen = o.decision() == null && (r == null || o.tieOpen());
    boolean ballot =
        r != null
            ? r.mode().method() == vn.binhxet.domain.VotingMethod.SECRET_BALLOT
            : o.vote().method() == vn.binhxet.domain.VotingMethod.SECRET_BALLOT;
    model.setBallot(ballot);
    if (r != null && ballot) {
      model.issuedProperty().set(Integer.toString(r.accounting().issued()));
      model.collectedProperty().set(Integer.toString(r.accounting().collected()));
      for (vn.binhxet.domain.vote.InvalidReason reason :
          vn.binhxet.domain.vote.InvalidReason.values()) {
        Integer n = r.accounting().invalid().get(reason);
        model.invalidProperty(reason).set(n == null ? "" : n.toString());
      }
      model.setAccountingProblem("");
    }
    boolean entering = r != null && r.status() == RoundStatus.OPEN && enterable;
    String round =
        r == null
            ? i18n.tr("voting.noRound")
            : i18n.tr(
                entering ? "voting.round.open" : "voting.round.closed",
                r.ref().round(),
                r.setup().votersPresent(),
                r.setup().votersEntitled(),
                r.setup().seats());
    model.setTie(o.tieOpen());
    model.setRound(
        position + ". " + VoteTitles.of(c, o.vote(), i18n),
        round,
        canOpen,
        entering,
        r != null && !entering && hands);
    model.setRows(r == null ? List.of() : texts.rows(o, r));
  }

  private String describe(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.check().code() + ": " + i18n.tr(f.check().messageKey(), f.args().toArray()))
        .collect(Collectors.joining("\n"));
  }

  private RoundRecord current() {
    Integer position = model.selectedProperty().get();
    List<VoteOutcome> outcomes = session.outcomesProperty().get();
    if (position == null || position > outcomes.size()) {
      return null;
    }
    List<RoundRecord> rounds = outcomes.get(position - 1).rounds();
    return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
  }

  private long id() {
    return session.conference().id();
  }

  private int selected() {
    return model.selectedProperty().get();
  }

  private static int number(String text) {
    String t = text == null ? "" : text.strip();
    return t.isEmpty() ? 0 : Integer.parseInt(t);
  }

  private void fail(Throwable t) {
    dialogs.showError(i18n.tr("error.title"), ErrorMessages.describe(t, i18n));
  }
}
