package vn.binhxet.ui.voting;

import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Verdicts;
import vn.binhxet.ui.voting.VotingModel.OptionRow;

/** The voting screen's rows and words: what a round's entries and result read as. */
final class VotingTexts {
  private final I18n i18n;

  VotingTexts(I18n i18n) {
    this.i18n = i18n;
  }

  List<OptionRow> rows(VoteOutcome o, RoundRecord r) {
    RoundResult result = r.currentResult();
    List<OptionRow> out = new ArrayList<>();
    for (String option : r.setup().options()) {
      OptionRow row = new OptionRow(option);
      HandsCount c = r.hands().counts().get(option);
      Integer total = r.accounting().votesFor().get(option);
      boolean entered = c != null || (r.mode() != EntryMode.HANDS && total != null);
      if (c != null) {
        row.votesForProperty().set(Integer.toString(c.votesFor()));
        row.againstProperty().set(Integer.toString(c.against()));
        row.abstainProperty().set(Integer.toString(c.abstain()));
      } else if (total != null) {
        row.votesForProperty().set(Integer.toString(total));
      }
      OptionResult x =
          result == null
              ? null
              : result.options().stream()
                  .filter(y -> y.option().equals(option))
                  .findFirst()
                  .orElse(null);
      if (x != null && entered) {
        row.show(
            Verdicts.percent(x.share().percent(), i18n), Verdicts.of(o.vote(), r, result, x, i18n));
      }
      out.add(row);
    }
    return out;
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
}
