package vn.binhxet.ui.voting;

import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.voting.ballots.BallotsController;
import vn.binhxet.ui.voting.ballots.BallotsModel;
import vn.binhxet.ui.voting.ballots.BallotsView;
import vn.binhxet.ui.voting.counts.CountsController;
import vn.binhxet.ui.voting.counts.CountsModel;
import vn.binhxet.ui.voting.counts.CountsView;
import vn.binhxet.ui.voting.hands.RaisedHandsController;
import vn.binhxet.ui.voting.hands.RaisedHandsModel;
import vn.binhxet.ui.voting.hands.RaisedHandsView;
import vn.binhxet.ui.voting.reconcile.ReconcileController;
import vn.binhxet.ui.voting.reconcile.ReconcileModel;
import vn.binhxet.ui.voting.reconcile.ReconcileView;
import vn.binhxet.ui.voting.round.CurrentRound;
import vn.binhxet.ui.voting.round.EntryStatusModel;

/**
 * The voting tab put together: the list of votes and the round's actions, and the panels that take
 * a round's entries (counts, raised hands, ballots, reconciliation), all on one selected round.
 */
public final class VotingScreen {
  private final VotingController voting;
  private final CountsController counts;
  private final RaisedHandsController hands;
  private final BallotsController ballots;
  private final ReconcileController reconcile;
  private final Node node;

  public VotingScreen(
      SessionModel session,
      VoteService votes,
      EntryService entries,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n,
      Clock clock) {
    VotingModel model = new VotingModel();
    EntryStatusModel status = new EntryStatusModel();
    CurrentRound current =
        new CurrentRound(
            session, model.selectedProperty(), votes, tasks, dialogs, i18n, clock, status);
    CountsModel countsModel = new CountsModel();
    counts = new CountsController(countsModel, current, entries);
    RaisedHandsModel handsModel = new RaisedHandsModel();
    hands = new RaisedHandsController(handsModel, current, votes, entries);
    BallotsModel ballotsModel = new BallotsModel();
    ballots = new BallotsController(ballotsModel, current, entries);
    ReconcileModel reconcileModel = new ReconcileModel();
    reconcile = new ReconcileController(reconcileModel, current, entries);
    voting = new VotingController(model, current, votes, entries, counts, ballots);
    CountsView countsView = new CountsView(countsModel, counts, i18n);
    node =
        new VotingView(
                model,
                voting,
                status,
                i18n,
                List.of(
                    countsView.accountingNode(),
                    new RaisedHandsView(handsModel, hands, i18n).node(),
                    new BallotsView(ballotsModel, ballots, i18n).node(),
                    new ReconcileView(reconcileModel, reconcile, i18n).node(),
                    countsView.node()))
            .node();
  }

  public Node node() {
    return node;
  }

  public void close() {
    voting.close();
    counts.close();
    hands.close();
    ballots.close();
    reconcile.close();
  }
}
