package vn.binhxet.ui.conference;

import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Verdicts;
import vn.binhxet.ui.common.VoteTitles;
import vn.binhxet.ui.conference.ConferenceOverviewModel.Row;

/**
 * The results tab's rows: per vote, per round, per candidate the votes, the share and what it
 * means. An open round shows its live count; the vote's name is written on its first row only.
 */
final class ResultRows {
  private ResultRows() {}

  static List<Row> of(Conference c, List<VoteOutcome> outcomes, I18n i18n) {
    List<Row> rows = new ArrayList<>();
    for (VoteOutcome o : outcomes) {
      String title = o.position() + ". " + VoteTitles.of(c, o.vote(), i18n);
      if (o.decision() != null) {
        rows.add(row(title, "", o.decision().unit(), "", "", i18n.tr("results.appointed")));
        continue;
      }
      if (o.rounds().isEmpty()) {
        rows.add(row(title, "", "", "", "", i18n.tr("results.notTaken")));
        continue;
      }
      for (RoundRecord r : o.rounds()) {
        RoundResult result = r.currentResult();
        String round =
            i18n.tr(
                r.stored() != null ? "results.round.closed" : "results.round.open",
                r.ref().round());
        if (result == null) {
          rows.add(row(title, round, "", "", "", i18n.tr("results.entering")));
          title = "";
          continue;
        }
        for (OptionResult x : result.options()) {
          rows.add(
              row(
                  title,
                  round,
                  x.option(),
                  x.votesFor() + "/" + x.share().whole(),
                  Verdicts.percent(x.share().percent(), i18n),
                  Verdicts.of(o.vote(), r, result, x, i18n)));
          title = "";
          round = "";
        }
      }
    }
    return rows;
  }

  private static Row row(String... cells) {
    return new Row(List.of(cells));
  }
}
