package vn.binhxet.ui.voting.counts;

import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.Tally;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Verdicts;
import vn.binhxet.ui.voting.counts.CountsModel.OptionRow;

/** A round's rows as they read: each option's counts, its share and its outcome. */
final class CountRows {
  private CountRows() {}

  static List<OptionRow> of(VoteOutcome o, RoundRecord r, I18n i18n) {
    RoundResult result = r.currentResult();
    Tally tally = r.tally();
    List<OptionRow> out = new ArrayList<>();
    for (String option : r.setup().options()) {
      OptionRow row = new OptionRow(option);
      boolean entered = false;
      if (tally instanceof HandsTally hands) {
        HandsCount c = hands.counts().get(option);
        if (c != null) {
          entered = true;
          row.votesForProperty().set(Integer.toString(c.votesFor()));
          row.againstProperty().set(Integer.toString(c.against()));
          row.abstainProperty().set(Integer.toString(c.abstain()));
        }
      } else {
        Integer total = ((BallotTally) tally).votesFor().get(option);
        if (total != null) {
          entered = true;
          row.votesForProperty().set(Integer.toString(total));
        }
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
}
