package vn.binhxet.service;

import java.util.Optional;
import java.util.function.Supplier;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundHead;
import vn.binhxet.domain.vote.RoundRecord;

/**
 * What an entry starts from: the log's last entry (its own is chained to it), the round as the last
 * entry left it if that is still the log's last entry, and the round's head, from that round or
 * else read.
 */
record EntryStart(Optional<AuditEntry.Link> tail, Optional<LastRound.Known> known, RoundHead head) {

  /** The round once {@code ballot} is stored: the kept one with it, else read back. */
  RoundDigest.Running after(int pass, Ballot ballot, Supplier<RoundRecord> readBack) {
    return known
        .map(k -> k.round().withBallot(pass, ballot))
        .orElseGet(() -> RoundDigest.Running.of(readBack.get()));
  }

  /** Whether the ballots of {@code pass} were all checked, and clean, as the round stands. */
  boolean checked(int pass) {
    return known.filter(k -> k.checked() == pass).isPresent();
  }

  /**
   * The count of the ballots of {@code pass} as the round stands, when they were all checked and
   * {@code ballot} comes after them (so adding it gives the count of them all), else null.
   */
  BallotTally counted(int pass, Ballot ballot) {
    return known
        .filter(k -> k.checked() == pass && k.counted() != null)
        .filter(k -> k.round().round().comesLast(pass, ballot.seq()))
        .map(LastRound.Known::counted)
        .orElse(null);
  }
}
