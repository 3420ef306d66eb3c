package vn.binhxet.ui.voting;

import vn.binhxet.domain.HeadChoice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.ui.common.I18n;

/** The voting screen's words for where a vote and its round stand. */
final class VotingTexts {
  private final I18n i18n;

  VotingTexts(I18n i18n) {
    this.i18n = i18n;
  }

  String state(VoteOutcome o) {
    if (o.decided()) {
      return i18n.tr("voting.state.decided");
    }
    if (o.hasOpenRound()) {
      return i18n.tr("voting.state.open");
    }
    if (o.tieOpen()) {
      return i18n.tr("voting.state.tie");
    }
    return i18n.tr("voting.state.notTaken");
  }

  /** The line under the vote's title: its round, or how a head not elected was chosen. */
  String round(VoteOutcome o, RoundRecord r) {
    HeadChoice how = o.vote().headChoice();
    if (how != null && how != HeadChoice.ELECTION) {
      return o.decision() == null
          ? i18n.tr("voting.head." + how.name())
          : i18n.tr(
              "voting.head.decided",
              o.decision().unit(),
              o.decision().note() == null ? "" : o.decision().note());
    }
    if (r == null) {
      return i18n.tr("voting.noRound");
    }
    boolean open = r.status() == RoundStatus.OPEN;
    String mode = i18n.tr("voting.mode." + r.mode().name());
    if (open && (r.mode() == EntryMode.HANDS || r.mode() == EntryMode.BALLOT_TOTALS)) {
      return i18n.tr(
          "voting.round.open",
          r.ref().round(),
          r.setup().votersPresent(),
          r.setup().votersEntitled(),
          r.setup().seats());
    }
    return i18n.tr(
        open ? "voting.round.openIn" : "voting.round.closedIn",
        r.ref().round(),
        r.setup().votersPresent(),
        r.setup().votersEntitled(),
        r.setup().seats(),
        mode);
  }
}
