package vn.binhxet.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.binhxet.domain.AuditEntry;
import vn.binhxet.domain.AuditLogRepository;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ConferenceRepository;
import vn.binhxet.domain.TransactionRunner;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.RoundDigest;
import vn.binhxet.domain.vote.RoundRecord;
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
  private final AuditLogRepository log;
  private final VoteRepository votes;
  private final ConferenceRepository conferences;

  public AuditService(
      TransactionRunner tx,
      AuditLogRepository log,
      VoteRepository votes,
      ConferenceRepository conferences) {
    this.tx = tx;
    this.log = log;
    this.votes = votes;
    this.conferences = conferences;
  }

  /** Why the data no longer fits its log. */
  public enum Fault {
    /** The entry's content no longer gives its hash: the entry itself was edited. */
    ENTRY_EDITED,
    /** Entries before this one were removed from the log. */
    ENTRIES_MISSING,
    /** The entry before this one was replaced, or rewritten with a new hash. */
    ENTRY_RELINKED,
    /** The round's stored data differ from what this entry recorded. */
    ROUND_CHANGED,
    /** The round this entry recorded is no longer stored. */
    ROUND_REMOVED,
    /** A round is stored that no audit entry ever recorded. */
    ROUND_UNLOGGED
  }

  /**
   * The vote a round belongs to, as the secretary knows it: its kind and its title (an award's
   * name, a motion's subject; null for a head election). Null kind when the conference or vote is
   * no longer stored.
   */
  public record VoteName(VoteKind kind, String title) {
    static final VoteName UNKNOWN = new VoteName(null, null);
  }

  /**
   * One place where the data does not fit: the audit entry concerned (0 when none) and when it was
   * written (null when none), what, its subject as logged, the round concerned (null when the
   * subject is not a round) with its vote's name, and, for a changed round, which parts of it
   * changed (empty when the log does not tell).
   */
  public record Mismatch(
      long seq,
      Fault fault,
      String subject,
      Instant at,
      RoundRef round,
      VoteName vote,
      Set<RoundDigest.Part> changed) {
    public Mismatch {
      changed = Set.copyOf(changed);
    }
  }

  public record Verdict(long entries, List<Mismatch> mismatches) {
    public Verdict {
      mismatches = List.copyOf(mismatches);
    }

    public boolean intact() {
      return mismatches.isEmpty();
    }
  }

  public Verdict verify() {
    return tx.read(
        () -> {
          List<AuditEntry> all = log.all();
          Names names = new Names();
          List<Mismatch> found = new ArrayList<>();
          Map<Long, AuditEntry> bySeq = new HashMap<>();
          all.forEach(e -> bySeq.put(e.seq(), e));
          for (AuditTrail.Break b : AuditTrail.breaks(all)) {
            AuditEntry e = bySeq.get(b.seq());
            RoundRef ref = roundOf(e.subject()).orElse(null);
            found.add(
                new Mismatch(
                    b.seq(),
                    switch (b.kind()) {
                      case EDITED -> Fault.ENTRY_EDITED;
                      case MISSING_BEFORE -> Fault.ENTRIES_MISSING;
                      case RELINKED -> Fault.ENTRY_RELINKED;
                    },
                    e.subject(),
                    e.at(),
                    ref,
                    names.of(ref),
                    Set.of()));
          }
          Map<RoundRef, AuditEntry> lastState = new HashMap<>();
          for (AuditEntry e : all) {
            Optional<RoundRef> round = roundOf(e.subject());
            if (round.isPresent() && STATE.matcher(e.details()).find()) {
              lastState.put(round.get(), e);
            }
          }
          for (Map.Entry<RoundRef, AuditEntry> e : lastState.entrySet()) {
            AuditEntry entry = e.getValue();
            Matcher state = STATE.matcher(entry.details());
            state.find();
            Optional<RoundRecord> now;
            try {
              now = votes.round(e.getKey());
            } catch (RuntimeException unreadable) {
              // Rows edited into a shape the app never writes: changed, whatever else is wrong.
              found.add(mismatch(entry, Fault.ROUND_CHANGED, e.getKey(), names, Set.of()));
              continue;
            }
            if (now.isEmpty()) {
              found.add(mismatch(entry, Fault.ROUND_REMOVED, e.getKey(), names, Set.of()));
            } else if (!RoundDigest.of(now.get()).equals(state.group(1))) {
              found.add(
                  mismatch(
                      entry,
                      Fault.ROUND_CHANGED,
                      e.getKey(),
                      names,
                      RoundDigest.changed(entry.details(), now.get())));
            }
          }
          for (RoundRef ref : votes.allRounds()) {
            if (!lastState.containsKey(ref)) {
              found.add(
                  new Mismatch(
                      0, Fault.ROUND_UNLOGGED, ref.toString(), null, ref, names.of(ref), Set.of()));
            }
          }
          found.sort(
              Comparator.comparingLong(Mismatch::seq).thenComparing(m -> m.fault().ordinal()));
          return new Verdict(all.size(), found);
        });
  }

  private static Mismatch mismatch(
      AuditEntry entry, Fault fault, RoundRef ref, Names names, Set<RoundDigest.Part> changed) {
    return new Mismatch(
        entry.seq(), fault, entry.subject(), entry.at(), ref, names.of(ref), changed);
  }

  private static Optional<RoundRef> roundOf(String subject) {
    Matcher round = ROUND.matcher(subject);
    if (!round.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RoundRef(
              Long.parseLong(round.group(1)),
              Integer.parseInt(round.group(2)),
              Integer.parseInt(round.group(3))));
    } catch (IllegalArgumentException e) {
      // An edited subject may carry numbers no round has.
      return Optional.empty();
    }
  }

  /** The votes' names, each conference read once. */
  private final class Names {
    private final Map<Long, Optional<Conference>> read = new HashMap<>();

    VoteName of(RoundRef ref) {
      if (ref == null) {
        return VoteName.UNKNOWN;
      }
      Optional<Conference> c =
          read.computeIfAbsent(
              ref.conferenceId(), id -> conferences.find(id).map(s -> s.conference()));
      if (c.isEmpty() || ref.vote() > c.get().votes().size()) {
        return VoteName.UNKNOWN;
      }
      Vote v = c.get().votes().get(ref.vote() - 1);
      String title =
          switch (v.kind()) {
            case NOMINATION -> c.get().award(v.awardRank()).name();
            case MOTION -> v.subject();
            case CLUSTER_HEAD, DEPUTY_HEAD -> null;
          };
      return new VoteName(v.kind(), title);
    }
  }
}
