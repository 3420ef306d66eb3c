package vn.binhxet.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;

/** What an option's result means, in words, and its share as the user's language writes it. */
public final class Verdicts {
  private Verdicts() {}

  public static String of(Vote vote, RoundRecord r, RoundResult result, OptionResult x, I18n i18n) {
    List<String> chosen = new ArrayList<>(result.nominated());
    chosen.addAll(r.chairChoice());
    return of(vote, chosen, result, x, i18n);
  }

  /** The same, given who was chosen: the round's nominees and the chair's choice among its tied. */
  public static String of(
      Vote vote, List<String> chosen, RoundResult result, OptionResult x, I18n i18n) {
    if (chosen.contains(x.option())) {
      return i18n.tr(vote.kind() == VoteKind.MOTION ? "results.carried" : "results.chosen");
    }
    if (result.tied().contains(x.option())) {
      return i18n.tr("results.tied");
    }
    if (!result.quorumMet()) {
      return i18n.tr("results.noQuorum");
    }
    return i18n.tr(x.passed() ? "results.passedNotChosen" : "results.failed");
  }

  /** "90,91%" in Vietnamese, "90.91%" in English: always two decimals. */
  public static String percent(BigDecimal value, I18n i18n) {
    NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return f.format(value) + "%";
  }
}
