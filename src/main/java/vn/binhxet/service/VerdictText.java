package vn.binhxet.service;

import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.binhxet.domain.vote.RoundRef;

/**
 * The integrity check's verdict in the secretary's words, the same in the console and the window:
 * which round of which vote, which kind of data, and which log entry it no longer fits.
 */
public final class VerdictText {
  private static final Pattern CONFERENCE = Pattern.compile("conference:(\\d+)");

  private VerdictText() {}

  /** One sentence per mismatch. */
  public static List<String> lines(AuditService.Verdict verdict, Messages m) {
    return verdict.mismatches().stream().map(x -> line(x, m)).toList();
  }

  /** What to do about data that no longer fits its log. */
  public static String advice(Messages m) {
    return m.get("integrity.advice");
  }

  static String line(AuditService.Mismatch x, Messages m) {
    String where = x.round() == null ? subject(x.subject(), m) : where(x.round(), x.vote(), m);
    String key = "integrity." + x.fault().name();
    return switch (x.fault()) {
      case ROUND_CHANGED ->
          x.changed().isEmpty()
              ? m.get(key + ".unknown", where, x.seq(), Date.from(x.at()))
              : m.get(key, where, changed(x, m), x.seq(), Date.from(x.at()));
      case ROUND_REMOVED, ENTRY_EDITED -> m.get(key, where, x.seq(), Date.from(x.at()));
      case ENTRIES_MISSING, ENTRY_RELINKED -> m.get(key, x.seq(), Date.from(x.at()), where);
      case ROUND_UNLOGGED -> m.get(key, where);
    };
  }

  /** "Round 1 of the vote “…” (conference 3)", or its numbers where the vote is gone. */
  static String where(RoundRef ref, AuditService.VoteName vote, Messages m) {
    if (vote.kind() == null) {
      return m.get("integrity.where.numbers", ref.round(), ref.vote(), ref.conferenceId());
    }
    String title =
        vote.title() != null ? vote.title() : m.get("results.kind." + vote.kind().name());
    return m.get("integrity.where.round", ref.round(), title, ref.conferenceId());
  }

  /** A subject that is not a round: a unit, or something of a conference, named by its number. */
  private static String subject(String subject, Messages m) {
    if (subject.startsWith("unit:")) {
      return m.get("integrity.where.unit", subject.substring("unit:".length()));
    }
    Matcher conference = CONFERENCE.matcher(subject);
    if (conference.lookingAt()) {
      return m.get("integrity.where.conference", Long.parseLong(conference.group(1)));
    }
    return subject;
  }

  private static String changed(AuditService.Mismatch x, Messages m) {
    return x.changed().stream()
        .sorted()
        .map(p -> m.get("integrity.part." + p.name()))
        .collect(Collectors.joining("; "));
  }
}
