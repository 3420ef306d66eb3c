package vn.binhxet.persistence;

import static vn.binhxet.persistence.jooq.Tables.BALLOT;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_ACCOUNTING;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_INVALID;
import static vn.binhxet.persistence.jooq.Tables.BALLOT_TOTAL;
import static vn.binhxet.persistence.jooq.Tables.HANDS_RAISED;
import static vn.binhxet.persistence.jooq.Tables.HANDS_TALLY;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.binhxet.domain.vote.RoundRef;

/**
 * The entry made last in a round, whatever its kind: a count of hands, a set of raised hands, the
 * ballot accounting, a ballot total or a single ballot. Undo removes it; the audit log has already
 * kept it.
 */
final class LastEntry {
  private final DSLContext dsl;
  private final VoteIds ids;

  LastEntry(DSLContext dsl, VoteIds ids) {
    this.dsl = dsl;
    this.ids = ids;
  }

  private record Candidate(OffsetDateTime at, long tiebreak, String what, Runnable remove) {}

  Optional<String> remove(RoundRef ref) {
    long roundId = ids.roundOrFail(ref);
    List<Candidate> all = new ArrayList<>();
    dsl.selectFrom(HANDS_TALLY)
        .where(HANDS_TALLY.ROUND_ID.eq(roundId))
        .forEach(
            h ->
                all.add(
                    new Candidate(
                        h.getRecordedAt(),
                        h.getOptionId(),
                        "hands option="
                            + h.getOptionId()
                            + " for="
                            + h.getForCount()
                            + " against="
                            + h.getAgainstCount()
                            + " abstain="
                            + h.getAbstainCount(),
                        () ->
                            dsl.deleteFrom(HANDS_TALLY)
                                .where(
                                    HANDS_TALLY
                                        .ROUND_ID
                                        .eq(roundId)
                                        .and(HANDS_TALLY.OPTION_ID.eq(h.getOptionId())))
                                .execute())));
    dsl.select(HANDS_RAISED.OPTION_ID, org.jooq.impl.DSL.max(HANDS_RAISED.RECORDED_AT))
        .from(HANDS_RAISED)
        .where(HANDS_RAISED.ROUND_ID.eq(roundId))
        .groupBy(HANDS_RAISED.OPTION_ID)
        .forEach(
            h ->
                all.add(
                    new Candidate(
                        h.value2(),
                        h.value1(),
                        "raised hands option=" + h.value1(),
                        () ->
                            dsl.deleteFrom(HANDS_RAISED)
                                .where(
                                    HANDS_RAISED
                                        .ROUND_ID
                                        .eq(roundId)
                                        .and(HANDS_RAISED.OPTION_ID.eq(h.value1())))
                                .execute())));
    var acc =
        dsl.selectFrom(BALLOT_ACCOUNTING).where(BALLOT_ACCOUNTING.ROUND_ID.eq(roundId)).fetchOne();
    if (acc != null) {
      all.add(
          new Candidate(
              acc.getRecordedAt(),
              0,
              "accounting issued=" + acc.getIssued() + " collected=" + acc.getCollected(),
              () -> {
                dsl.deleteFrom(BALLOT_INVALID).where(BALLOT_INVALID.ROUND_ID.eq(roundId)).execute();
                dsl.deleteFrom(BALLOT_ACCOUNTING)
                    .where(BALLOT_ACCOUNTING.ROUND_ID.eq(roundId))
                    .execute();
              }));
    }
    dsl.selectFrom(BALLOT_TOTAL)
        .where(BALLOT_TOTAL.ROUND_ID.eq(roundId))
        .forEach(
            t ->
                all.add(
                    new Candidate(
                        t.getRecordedAt(),
                        t.getOptionId(),
                        "total option="
                            + t.getOptionId()
                            + " for="
                            + t.getVotesFor()
                            + " against="
                            + t.getVotesAgainst(),
                        () ->
                            dsl.deleteFrom(BALLOT_TOTAL)
                                .where(
                                    BALLOT_TOTAL
                                        .ROUND_ID
                                        .eq(roundId)
                                        .and(BALLOT_TOTAL.OPTION_ID.eq(t.getOptionId())))
                                .execute())));
    dsl.selectFrom(BALLOT)
        .where(BALLOT.ROUND_ID.eq(roundId))
        .forEach(
            b ->
                all.add(
                    new Candidate(
                        b.getRecordedAt(),
                        b.getId(),
                        "ballot pass=" + b.getEntryPass() + " seq=" + b.getSeq(),
                        () -> dsl.deleteFrom(BALLOT).where(BALLOT.ID.eq(b.getId())).execute())));
    return all.stream()
        .max(Comparator.comparing(Candidate::at).thenComparingLong(Candidate::tiebreak))
        .map(
            last -> {
              last.remove().run();
              return last.what();
            });
  }
}
