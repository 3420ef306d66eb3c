package vn.binhxet.service;

import java.util.Optional;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRef;

/**
 * The round as the last entry left it, with its running fingerprint, so that the next entry of the
 * same round reads back none of its thousand ballots and hashes only its own. It is trusted only
 * while the audit log still ends with the entry that logged it: every change to a round is logged
 * in the transaction that makes it, so a change made since (by another screen, a command, an
 * import, a restored backup) has left a newer entry, and the round is then read afresh. It is kept
 * only once the entry's transaction has committed, so a refused or failed entry leaves the last one
 * in place, still matching the log. Decision 34.
 */
final class LastRound {
  /**
   * @param checked the entry pass whose ballots had all been checked, and found without a finding
   *     of their own, when the round was kept (0: none), so the next ballot of that pass is checked
   *     alone
   * @param counted the count of that pass's ballots (null when {@code checked} is 0), so the next
   *     ballot is added to it rather than all of them counted again
   */
  record Known(RoundDigest.Running round, int checked, BallotTally counted) {}

  private record Kept(Known known, long seq, String hash) {}

  private volatile Kept kept;

  /**
   * The round {@code ref} as the last entry left it, if the log ({@code lastLogged}, read inside
   * the transaction of the entry that asks) still ends with that entry.
   */
  Optional<Known> of(RoundRef ref, Optional<AuditEntry.Link> lastLogged) {
    Kept k = kept;
    if (k == null || !k.known().round().round().ref().equals(ref)) {
      return Optional.empty();
    }
    return lastLogged
        .filter(e -> e.seq() == k.seq() && e.hash().equals(k.hash()))
        .map(e -> k.known());
  }

  /** After the commit of the entry {@code logged}, which left the round as {@code known} says. */
  void keep(Known known, AuditEntry logged) {
    kept = new Kept(known, logged.seq(), logged.hash());
  }
}
