package vn.binhxet.ui.common;

import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Vote;

/** What a vote decides, in words: an award's name, a motion's subject, or the head election. */
public final class VoteTitles {
  private VoteTitles() {}

  public static String of(Conference c, Vote v, I18n i18n) {
    return switch (v.kind()) {
      case NOMINATION -> c.award(v.awardRank()).name();
      case MOTION -> v.subject();
      case CLUSTER_HEAD -> i18n.tr("results.kind.CLUSTER_HEAD");
      case DEPUTY_HEAD -> i18n.tr("results.kind.DEPUTY_HEAD");
    };
  }
}
