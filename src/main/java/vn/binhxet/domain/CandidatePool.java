package vn.binhxet.domain;

import java.util.Objects;

/**
 * Who may stand for an award. {@code sourceRank} is the rank of the award whose nominees form the
 * pool, for {@link Kind#NOMINEES_OF} only.
 */
public record CandidatePool(Kind kind, Integer sourceRank) {
  public enum Kind {
    ALL_MEMBERS,
    /**
     * The default: a unit receives one award a year, so a nominee for a higher award stands no
     * more.
     */
    NOT_NOMINATED_HIGHER,
    NOMINEES_OF
  }

  public CandidatePool {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.NOMINEES_OF) != (sourceRank != null)) {
      throw new IllegalArgumentException("only a NOMINEES_OF pool names a source award");
    }
  }

  public static CandidatePool allMembers() {
    return new CandidatePool(Kind.ALL_MEMBERS, null);
  }

  public static CandidatePool notNominatedHigher() {
    return new CandidatePool(Kind.NOT_NOMINATED_HIGHER, null);
  }

  public static CandidatePool nomineesOf(int rank) {
    return new CandidatePool(Kind.NOMINEES_OF, rank);
  }
}
