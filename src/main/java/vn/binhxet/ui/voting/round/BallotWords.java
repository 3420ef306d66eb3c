package vn.binhxet.ui.voting.round;

import java.util.List;
import java.util.stream.Collectors;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.ui.common.I18n;

/** A ballot in words, with each option's number as typed: what the secretary checks by eye. */
public final class BallotWords {
  private BallotWords() {}

  public static String of(Ballot b, List<String> options, I18n i18n) {
    if (b == null) {
      return i18n.tr("voting.ballot.missing");
    }
    if (!b.isValid()) {
      return i18n.tr("voting.ballot.invalidAs", i18n.tr("invalid." + b.invalid().name()));
    }
    if (b.marks().isEmpty()) {
      return i18n.tr("voting.ballot.nobody");
    }
    return b.marks().entrySet().stream()
        .map(
            e ->
                (e.getValue() == Mark.AGAINST ? "−" : "")
                    + (options.indexOf(e.getKey()) + 1)
                    + ". "
                    + e.getKey())
        .collect(Collectors.joining("; "));
  }

  /** The options numbered as they are typed. */
  public static List<String> legend(List<String> options) {
    return java.util.stream.IntStream.range(0, options.size())
        .mapToObj(i -> (i + 1) + ". " + options.get(i))
        .toList();
  }

  /** The reasons of an invalid ballot numbered as they are typed after "/". */
  public static List<String> reasons(I18n i18n) {
    InvalidReason[] all = InvalidReason.values();
    return java.util.stream.IntStream.range(0, all.length)
        .mapToObj(i -> "/" + (i + 1) + "  " + i18n.tr("invalid." + all[i].name()))
        .toList();
  }
}
