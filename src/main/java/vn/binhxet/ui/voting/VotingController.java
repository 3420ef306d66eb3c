package vn.binhxet.ui.voting;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.HeadChoice;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.Reconciliation;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.service.ConfirmationNeededException;
import vn.binhxet.service.EntriesDifferException;
import vn.binhxet.service.EntryRefusedException;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.VoteTitles;
import vn.binhxet.ui.voting.ballots.BallotsController;
import vn.binhxet.ui.voting.counts.CountsController;
import vn.binhxet.ui.voting.round.CurrentRound;

/**
 * The life of the selected vote's rounds: opening one in the way chosen (counts or ticks of hands;
 * totals, single ballots or single ballots twice), undoing, closing with the warnings confirmed,
 * reopening with a reason, settling a tie, and recording a head chosen by rotation or appointment.
 * The entries themselves are taken by the panels' controllers.
 */
public final class VotingController {
  private final VotingModel model;
  private final CurrentRound current;
  private final VoteService votes;
  private final EntryService entries;
  private final CountsController counts;
  private final BallotsController ballots;
  private final I18n i18n;
  private final InvalidationListener refresh = o -> fill();
  private final VotingTexts texts;

  public VotingController(
      VotingModel model,
      CurrentRound current,
      VoteService votes,
      EntryService entries,
      CountsController counts,
      BallotsController ballots) {
    this.model = model;
    this.current = current;
    this.votes = votes;
    this.entries = entries;
    this.counts = counts;
    this.ballots = ballots;
    this.i18n = current.i18n();
    this.texts = new VotingTexts(i18n);
    current.listen(refresh);
    fill();
  }

  public void close() {
    current.unlisten(refresh);
  }

  public void onSelectVote(int position) {
    current.status().setMessage("");
    current.status().setSaved("");
    model.setSelected(position);
    current.showOnProjector();
  }

  /** Enter on the list of votes: go where the selected vote's next keystroke is expected. */
  public void onEnterVote() {
    current.status().requestFocus(entryPoint());
  }

  public void onChooseMode(EntryMode mode) {
    model.modes().stream().filter(m -> m.mode() == mode).findFirst().ifPresent(model::setMode);
  }

  public void onOpenRound() {
    VoteOutcome o = current.outcome();
    if (o == null || !model.canOpenProperty().get()) {
      return;
    }
    EntryMode mode =
        model.modeProperty().get() != null
            ? model.modeProperty().get().mode()
            : defaultMode(o.vote().method());
    current.change(
        () -> votes.openRound(current.conferenceId(), o.position(), mode, null),
        () -> current.status().requestFocus(entryPoint()));
  }

  /** Undoes the open round's last entry; single ballots are undone by their own pass. */
  public void onUndo() {
    RoundRecord r = current.round();
    if (r == null || r.status() != RoundStatus.OPEN) {
      return;
    }
    if (r.mode().singleBallots()) {
      ballots.onUndo();
      return;
    }
    current.change(() -> entries.undoLastEntry(r.ref()), () -> {});
  }

  public void onCloseRound() {
    RoundRecord r = current.round();
    if (r == null || r.status() != RoundStatus.OPEN) {
      return;
    }
    current
        .tasks()
        .run(
            () -> {
              votes.closeRound(r.ref(), false);
              return votes.outcomes(current.conferenceId());
            },
            this::closed,
            failure -> {
              if (failure instanceof ConfirmationNeededException needed) {
                counts.showOnClose(needed.warnings());
                if (current
                    .dialogs()
                    .confirm(
                        i18n.tr("voting.confirm.title"), current.describe(needed.warnings()))) {
                  current.change(
                      () -> votes.closeRound(r.ref(), true),
                      () -> current.status().requestFocus("voting-votes"));
                }
              } else if (failure instanceof EntryRefusedException refused) {
                counts.showOnClose(refused.findings());
                current.status().setMessage(current.describe(refused.findings()));
              } else if (failure instanceof EntriesDifferException differ) {
                current.status().setMessage(differ(differ.differences()));
                current.status().requestFocus(entryPoint());
              } else if (failure instanceof InvalidInputException) {
                current.status().setMessage(ErrorMessages.describe(failure, i18n));
              } else {
                current.fail(failure);
              }
            });
  }

  private void closed(List<VoteOutcome> outcomes) {
    current.status().setMessage("");
    current.session().setConference(current.session().conference(), outcomes);
    current.status().requestFocus("voting-votes");
  }

  private String differ(List<Reconciliation.Difference> differences) {
    return i18n.tr(
        "voting.differ",
        differences.stream()
            .limit(12)
            .map(d -> Integer.toString(d.seq()))
            .collect(Collectors.joining(", ")));
  }

  /** The chair settles a tie: which of the tied take the seats left, and why. */
  public void onChairDecision() {
    RoundRecord r = current.round();
    if (r == null || r.stored() == null || r.stored().tied().isEmpty()) {
      return;
    }
    RoundResult result = r.stored();
    current
        .dialogs()
        .chooseAmong(
            i18n.tr("voting.chair.title"),
            i18n.tr("voting.chair.prompt", result.seatsLeft()),
            result.tied(),
            result.seatsLeft())
        .ifPresent(
            chosen ->
                current
                    .dialogs()
                    .askText(i18n.tr("voting.chair.title"), i18n.tr("voting.chair.reason"))
                    .ifPresent(
                        reason ->
                            current.change(
                                () -> {
                                  votes.decideTie(r.ref(), chosen, reason);
                                  return null;
                                },
                                () -> current.status().requestFocus("voting-votes"))));
  }

  public void onReopen() {
    RoundRecord r = current.round();
    if (r == null) {
      return;
    }
    current
        .dialogs()
        .askText(i18n.tr("voting.reopen.title"), i18n.tr("voting.reopen.prompt"))
        .ifPresent(
            reason ->
                current.change(
                    () -> {
                      votes.reopenRound(r.ref(), reason);
                      return null;
                    },
                    () -> current.status().requestFocus(entryPoint())));
  }

  /** Next year's head by rotation or appointment: which unit, and by whom or by what rule. */
  public void onRecordHeadDecision() {
    VoteOutcome o = current.outcome();
    if (o == null || !model.canDecideHeadProperty().get()) {
      return;
    }
    List<String> members =
        current.session().conference().conference().members().stream().map(Unit::name).toList();
    String title = i18n.tr("voting.head.title");
    current
        .dialogs()
        .chooseAmong(title, i18n.tr("voting.head.prompt"), members, 1)
        .filter(chosen -> chosen.size() == 1)
        .ifPresent(
            chosen ->
                current
                    .dialogs()
                    .askText(title, i18n.tr("voting.head.note"))
                    .ifPresent(
                        note ->
                            current.change(
                                () -> {
                                  votes.recordHeadDecision(
                                      current.conferenceId(), o.position(), chosen.get(0), note);
                                  return null;
                                },
                                () -> current.status().requestFocus("voting-votes"))));
  }

  /** Where the next keystroke is expected for the selected vote as it stands. */
  private String entryPoint() {
    RoundRecord r = current.round();
    if (model.canOpenProperty().get()) {
      return "voting-open";
    }
    if (model.canDecideHeadProperty().get()) {
      return "voting-head";
    }
    if (r == null || r.status() != RoundStatus.OPEN) {
      return "voting-votes";
    }
    boolean noAccounting =
        r.mode().method() == VotingMethod.SECRET_BALLOT && r.accounting().collected() == 0;
    return switch (r.mode()) {
      case HANDS -> "voting-0-0";
      case HANDS_RAISED -> "voting-raised-units";
      case BALLOT_TOTALS -> noAccounting ? "voting-issued" : "voting-0-0";
      case BALLOTS, BALLOTS_TWICE -> noAccounting ? "voting-issued" : ballots.entryPoint();
    };
  }

  private static EntryMode defaultMode(VotingMethod method) {
    return method == VotingMethod.SECRET_BALLOT ? EntryMode.BALLOT_TOTALS : EntryMode.HANDS;
  }

  private void fill() {
    SavedConference saved = current.session().conference();
    List<VoteOutcome> outcomes = current.session().outcomesProperty().get();
    if (saved == null || outcomes.isEmpty()) {
      model.setVotes(List.of());
      model.setModes(List.of(), null);
      model.setRound("", "", false, false, false, false, false, false);
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
    VoteOutcome o = current.outcome();
    if (o == null) {
      model.setModes(List.of(), null);
      model.setRound(i18n.tr("voting.choose"), "", false, false, false, false, false, false);
      return;
    }
    RoundRecord r = current.round();
    boolean appointed =
        o.vote().headChoice() != null && o.vote().headChoice() != HeadChoice.ELECTION;
    boolean canOpen = !appointed && o.decision() == null && (r == null || o.tieOpen());
    boolean entering = r != null && r.status() == RoundStatus.OPEN;
    fillModes(o.vote().method());
    model.setRound(
        o.position() + ". " + VoteTitles.of(c, o.vote(), i18n),
        texts.round(o, r),
        canOpen,
        entering,
        entering && !r.mode().singleBallots(),
        r != null && !entering,
        appointed && o.decision() == null,
        o.tieOpen());
  }

  private void fillModes(VotingMethod method) {
    List<VotingModel.ModeItem> items =
        java.util.Arrays.stream(EntryMode.values())
            .filter(m -> m.method() == method)
            .map(m -> new VotingModel.ModeItem(m, i18n.tr("voting.mode." + m.name())))
            .toList();
    EntryMode chosen =
        model.modeProperty().get() != null && model.modeProperty().get().mode().method() == method
            ? model.modeProperty().get().mode()
            : defaultMode(method);
    model.setModes(items, items.stream().filter(i -> i.mode() == chosen).findFirst().orElse(null));
  }
}
