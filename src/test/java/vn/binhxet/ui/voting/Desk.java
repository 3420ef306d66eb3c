package vn.binhxet.ui.voting;

import java.time.Clock;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.voting.ballots.BallotsController;
import vn.binhxet.ui.voting.ballots.BallotsModel;
import vn.binhxet.ui.voting.counts.CountsController;
import vn.binhxet.ui.voting.counts.CountsModel;
import vn.binhxet.ui.voting.hands.RaisedHandsController;
import vn.binhxet.ui.voting.hands.RaisedHandsModel;
import vn.binhxet.ui.voting.reconcile.ReconcileController;
import vn.binhxet.ui.voting.reconcile.ReconcileModel;
import vn.binhxet.ui.voting.round.CurrentRound;
import vn.binhxet.ui.voting.round.EntryStatusModel;

/** The voting tab's models and controllers over real services, wired as the screen wires them. */
final class Desk {
  final SessionModel session = new SessionModel();
  final VotingModel model = new VotingModel();
  final EntryStatusModel status = new EntryStatusModel();
  final CountsModel counts = new CountsModel();
  final RaisedHandsModel hands = new RaisedHandsModel();
  final BallotsModel ballots = new BallotsModel();
  final ReconcileModel reconcile = new ReconcileModel();
  final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  final VotingController voting;
  final CountsController countsController;
  final RaisedHandsController handsController;
  final BallotsController ballotsController;
  final ReconcileController reconcileController;

  Desk(Fakes.Stack s, long id) {
    session.setConference(s.conferences().open(id), s.votes().outcomes(id));
    CurrentRound current =
        new CurrentRound(
            session,
            model.selectedProperty(),
            s.votes(),
            new SynchronousTaskRunner(),
            dialogs,
            new I18n(Messages.VIETNAMESE),
            Clock.systemUTC(),
            status);
    countsController = new CountsController(counts, current, s.entries());
    handsController = new RaisedHandsController(hands, current, s.votes(), s.entries());
    ballotsController = new BallotsController(ballots, current, s.entries());
    reconcileController = new ReconcileController(reconcile, current, s.entries());
    voting =
        new VotingController(
            model, current, s.votes(), s.entries(), countsController, ballotsController);
  }

  CountsModel.OptionRow row(String option) {
    return counts.rows().stream().filter(r -> r.option().equals(option)).findFirst().orElseThrow();
  }

  vn.binhxet.domain.vote.RoundRecord round(int vote) {
    var rounds = session.outcomesProperty().get().get(vote - 1).rounds();
    return rounds.get(rounds.size() - 1);
  }

  /** Opens a round of vote {@code position} entered in {@code mode}. */
  void open(int position, vn.binhxet.domain.vote.EntryMode mode) {
    voting.onSelectVote(position);
    voting.onChooseMode(mode);
    voting.onOpenRound();
  }

  void accounting(int issued, int collected) {
    counts.issuedProperty().set(Integer.toString(issued));
    counts.collectedProperty().set(Integer.toString(collected));
    countsController.onRecordAccounting();
  }

  void ballot(String typed) {
    ballots.inputProperty().set(typed);
    ballotsController.onEnter();
  }
}
