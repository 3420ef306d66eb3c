package vn.binhxet.persistence;

import static vn.binhxet.persistence.Prepared.value;
import static vn.binhxet.persistence.RoundReader.at;
import static vn.binhxet.persistence.jooq.Tables.BALLOT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.RoundRef;

/** The single ballots of a round, marks and all: stored one by one, many at once, or removed. */
final class BallotRows {
  private final DSLContext dsl;
  private final VoteIds ids;
  private final Prepared insert;

  BallotRows(DSLContext dsl, VoteIds ids) {
    this.dsl = dsl;
    this.ids = ids;
    this.insert =
        new Prepared(
            dsl,
            dsl.insertInto(BALLOT)
                .set(BALLOT.ROUND_ID, value(BALLOT.ROUND_ID))
                .set(BALLOT.ENTRY_PASS, value(BALLOT.ENTRY_PASS))
                .set(BALLOT.SEQ, value(BALLOT.SEQ))
                .set(BALLOT.INVALID_REASON, value(BALLOT.INVALID_REASON))
                .set(BALLOT.RECORDED_AT, value(BALLOT.RECORDED_AT))
                .set(BALLOT.FOR_OPTIONS, value(BALLOT.FOR_OPTIONS))
                .set(BALLOT.AGAINST_OPTIONS, value(BALLOT.AGAINST_OPTIONS)));
  }

  /** One ballot, as an entry stores it: one row, its marks in it. */
  void add(RoundRef ref, int pass, Ballot ballot, Instant at) {
    VoteIds.RoundKeys keys = ids.keys(ref);
    BallotMarks marks = BallotMarks.of(ballot, keys::option);
    insert.execute(
        keys.round(),
        (short) pass,
        ballot.seq(),
        ballot.invalid() == null ? null : ballot.invalid().name(),
        at(at),
        marks.forOptions(),
        marks.againstOptions());
  }

  /** Many ballots of one entry at once: a conference file's. */
  void addAll(RoundRef ref, int pass, List<Ballot> ballots, Instant at) {
    if (ballots.isEmpty()) {
      return;
    }
    VoteIds.RoundKeys keys = ids.keys(ref);
    long roundId = keys.round();
    // An import stores thousands of ballots: a few statements of many rows, not one per ballot.
    for (List<Ballot> rows : chunks(ballots)) {
      var insert =
          dsl.insertInto(
              BALLOT,
              BALLOT.ROUND_ID,
              BALLOT.ENTRY_PASS,
              BALLOT.SEQ,
              BALLOT.INVALID_REASON,
              BALLOT.RECORDED_AT,
              BALLOT.FOR_OPTIONS,
              BALLOT.AGAINST_OPTIONS);
      for (Ballot b : rows) {
        BallotMarks marks = BallotMarks.of(b, keys::option);
        insert =
            insert.values(
                roundId,
                (short) pass,
                b.seq(),
                b.invalid() == null ? null : b.invalid().name(),
                at(at),
                marks.forOptions(),
                marks.againstOptions());
      }
      insert.execute();
    }
  }

  /** Rows per statement: enough to save the round trips, few enough for the driver's parameters. */
  private static <T> List<List<T>> chunks(List<T> all) {
    int size = 500;
    List<List<T>> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      out.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return out;
  }

  /** Removes ballot {@code seq} of entry {@code pass}; says what it was, if it was there. */
  Optional<String> remove(RoundRef ref, int pass, int seq) {
    long roundId = ids.roundOrFail(ref);
    var b =
        dsl.selectFrom(BALLOT)
            .where(
                BALLOT
                    .ROUND_ID
                    .eq(roundId)
                    .and(BALLOT.ENTRY_PASS.eq((short) pass))
                    .and(BALLOT.SEQ.eq(seq)))
            .fetchOne();
    if (b == null) {
      return Optional.empty();
    }
    dsl.deleteFrom(BALLOT).where(BALLOT.ID.eq(b.getId())).execute();
    return Optional.of("ballot pass=" + pass + " seq=" + seq);
  }
}
