package vn.binhxet.domain.vote;

/**
 * Why a ballot is invalid (domain.md §3, after QĐ 244-QĐ/TW and the Law on elections). The texts
 * are in the bundles under {@code invalid.<NAME>}.
 */
public enum InvalidReason {
  /** Not issued by the committee: no stamp. */
  NO_STAMP,
  /** More candidates chosen than the quota. */
  TOO_MANY,
  /** A name added. */
  ADDED_NAME,
  /** Marks that identify the voter. */
  IDENTIFYING_MARK,
  /** Nothing chosen, where the list has more candidates than seats. */
  BLANK,
  /** Every name crossed out, where the list has more candidates than seats. */
  ALL_CROSSED,
  OTHER
}
