package vn.binhxet.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.VoteRepository;

/**
 * Checks that nothing was changed behind the app's back: the audit chain links up, and every
 * round's stored entries still have the fingerprint that the last audit entry on that round
 * recorded.
 */
public final class AuditService {
  private static final Pattern ROUND =
      Pattern.compile("conference:(\\d+)/vote:(\\d+)/round:(\\d+)");
  private static final Pattern STATE = Pattern.compile("state=([0-9a-f]{64})");

  private final TransactionRunner tx;
  private final AuditTrail trail;
  private final AuditLogRepository log;
  private final VoteRepository votes;

  public AuditService(
      TransactionRunner tx, AuditTrail trail, AuditLogRepository log, VoteRepository votes) {
    this.tx = tx;
    this.trail = trail;
    this.log = log;
    this.votes = votes;
  }

  /** Why the data no longer fits its log. */
  public enum Fault {
    /** The entry's hash or its link to the one before is wrong: the log itself was edited. */
    CHAIN,
    /** The round's stored entries differ from what this entry recorded. */
    ROUND_CHANGED,
    /** A round is stored that no audit entry ever recorded. */
    ROUND_UNLOGGED
  }

  /**
   * One place where the data does not fit: the audit entry concerned (0 when none), what, and
   * where.
   */
  public record Mismatch(long seq, Fault fault, String subject) {}

  public record Verdict(long entries, List<Mismatch> mismatches) {
    public boolean intact() {
      return mismatches.isEmpty();
    }
  }

  public Verdict verify() {
    return tx.read(
        () -> {
          List<AuditEntry> all = log.all();
          List<Mismatch> found = new ArrayList<>();
          for (long seq : trail.brokenAt()) {
            found.add(new Mismatch(seq, Fault.CHAIN, subjectOf(all, seq)));
          }
          Map<RoundRef, AuditEntry> lastState = new HashMap<>();
          for (AuditEntry e : all) {
            Matcher round = ROUND.matcher(e.subject());
            if (round.matches() && STATE.matcher(e.details()).find()) {
              lastState.put(
                  new RoundRef(
                      Long.parseLong(round.group(1)),
                      Integer.parseInt(round.group(2)),
                      Integer.parseInt(round.group(3))),
                  e);
            }
          }
          for (Map.Entry<RoundRef, AuditEntry> e : lastState.entrySet()) {
            Matcher state = STATE.matcher(e.getValue().details());
            state.find();
            String now = votes.round(e.getKey()).map(RoundDigest::of).orElse("gone");
            if (!now.equals(state.group(1))) {
              found.add(
                  new Mismatch(e.getValue().seq(), Fault.ROUND_CHANGED, e.getKey().toString()));
            }
          }
          for (RoundRef ref : votes.allRounds()) {
            if (!lastState.containsKey(ref)) {
              found.add(new Mismatch(0, Fault.ROUND_UNLOGGED, ref.toString()));
            }
          }
          found.sort(java.util.Comparator.comparingLong(Mismatch::seq));
          return new Verdict(all.size(), found);
        });
  }

  private static String subjectOf(List<AuditEntry> all, long seq) {
    return all.stream().filter(e -> e.seq() == seq).map(AuditEntry::subject).findFirst().orElse("");
  }
}
