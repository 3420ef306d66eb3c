package vn.binhxet.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the append-only audit log. Its hash covers its own fields and the hash of the entry
 * before it, so changing any stored entry, or removing one, breaks the chain from there on.
 */
public record AuditEntry(
    long seq,
    Instant at,
    Long conferenceId,
    String action,
    String subject,
    String details,
    String prevHash,
    String hash) {

  /** The prev_hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    action = Text.required(action, "action");
    subject = Text.required(subject, "subject");
    details = Objects.requireNonNullElse(Text.nfc(details), "");
  }

  /** Where the chain ends once this entry is appended: what the next one is written after. */
  public record Link(long seq, String hash) {}

  public Link link() {
    return new Link(seq, hash);
  }

  /** The entry written after {@code previous} (null for the first one), with its hash computed. */
  public static AuditEntry next(
      Link previous, Instant at, Long conferenceId, String action, String subject, String details) {
    long seq = previous == null ? 1 : previous.seq() + 1;
    String prev = previous == null ? GENESIS : previous.hash();
    AuditEntry draft = new AuditEntry(seq, at, conferenceId, action, subject, details, prev, "");
    return new AuditEntry(
        seq,
        at,
        conferenceId,
        draft.action,
        draft.subject,
        draft.details,
        prev,
        draft.computeHash());
  }

  /** Whether the stored hash is the one its fields give. */
  public boolean hashMatches() {
    return computeHash().equals(hash);
  }

  private String computeHash() {
    // A unit separator keeps "a|b" + "c" from hashing like "a" + "b|c".
    String canonical =
        String.join(
            "\u001f",
            Long.toString(seq),
            at.toString(),
            conferenceId == null ? "" : conferenceId.toString(),
            action,
            subject,
            details,
            prevHash);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
