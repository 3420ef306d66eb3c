package vn.binhxet.domain.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A fingerprint of everything a round holds: its setup, every entry, its stored result and the
 * chair's decision. Each audit entry that changes a round carries the fingerprint the round has
 * afterwards, so a later edit or deletion of a stored tally, made behind the app's back, no longer
 * matches the log. Timestamps are left out: they are not what was counted.
 */
public final class RoundDigest {
  private RoundDigest() {}

  /**
   * The kinds of data a round holds, each fingerprinted on its own too, so that a mismatch can say
   * which of them was changed.
   */
  public enum Part {
    /** Open or closed. */
    STATUS,
    /** The method, entry mode, rule, seats, voters entitled and present, and the options. */
    SETUP,
    /** The counts of hands and the units that raised them. */
    HANDS,
    /** Ballots issued, collected and invalid. */
    ACCOUNTING,
    /** The ballot totals per option. */
    TOTALS,
    /** The single ballots of either entry. */
    BALLOTS,
    /** The result stored when the round closed. */
    RESULT,
    /** The chair's decision of a tie. */
    CHAIR
  }

  private static final Pattern PARTS =
      Pattern.compile("parts=([a-z]+:[0-9a-f]+(?:,[a-z]+:[0-9a-f]+)*)");

  public static String of(RoundRecord r) {
    return new Hashed(segments(r)).whole();
  }

  /**
   * What an audit entry that changes the round carries: the whole fingerprint, which {@link #of}
   * checks, and one short fingerprint per {@link Part}, which names what changed.
   */
  public static String logged(RoundRecord r) {
    // Logged on every entry of a round of up to a thousand ballots: its text is built once.
    Hashed hashed = new Hashed(segments(r));
    return "state=" + hashed.whole() + "; parts=" + encode(hashed.parts());
  }

  /** A short fingerprint of each part. */
  public static Map<Part, String> parts(RoundRecord r) {
    return new Hashed(segments(r)).parts();
  }

  /**
   * The whole text's hash and each part's, fed segment by segment: each segment is encoded once,
   * and neither the whole text nor a part's is ever built, since an entry of a round of a thousand
   * ballots logs this every time and the copies were most of the garbage an entry made. UTF-8 of a
   * concatenation is the concatenation of the UTF-8 of its pieces (no segment splits a character),
   * so the hashes are those of the joined text, as before.
   */
  private static final class Hashed {
    private final MessageDigest whole = sha256();
    private final Map<Part, MessageDigest> parts = new EnumMap<>(Part.class);

    Hashed(List<Segment> segments) {
      for (Part p : Part.values()) {
        parts.put(p, sha256());
      }
      for (Segment seg : segments) {
        byte[] bytes = seg.text().getBytes(StandardCharsets.UTF_8);
        whole.update(bytes);
        parts.get(seg.part()).update(bytes);
      }
    }

    String whole() {
      return HexFormat.of().formatHex(whole.digest());
    }

    Map<Part, String> parts() {
      Map<Part, String> out = new EnumMap<>(Part.class);
      parts.forEach((p, d) -> out.put(p, HexFormat.of().formatHex(d.digest()).substring(0, 16)));
      return out;
    }
  }

  /**
   * The parts of {@code now} that differ from those an audit entry's {@code details} recorded;
   * empty when the entry predates the per-part fingerprints.
   */
  public static Set<Part> changed(String details, RoundRecord now) {
    Matcher m = PARTS.matcher(details);
    if (!m.find()) {
      return Set.of();
    }
    Map<Part, String> current = parts(now);
    Set<Part> changed = EnumSet.noneOf(Part.class);
    for (String pair : m.group(1).split(",")) {
      int colon = pair.indexOf(':');
      Part part;
      try {
        part = Part.valueOf(pair.substring(0, colon).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        continue;
      }
      if (!pair.substring(colon + 1).equals(current.get(part))) {
        changed.add(part);
      }
    }
    return changed;
  }

  private static String encode(Map<Part, String> parts) {
    return parts.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private record Segment(Part part, String text) {}

  /**
   * The round's text, in pieces each owned by a part. Joined in this order they give exactly the
   * text that {@link #of} always hashed, so the fingerprints already in a log stay valid.
   */
  private static List<Segment> segments(RoundRecord r) {
    RoundSetup setup = r.setup();
    List<Segment> out = new ArrayList<>();
    out.add(
        new Segment(
            Part.SETUP,
            "round="
                + setup.number()
                + ";method="
                + setup.method()
                + ";mode="
                + r.mode()
                + ";rule="
                + setup.rule()));
    out.add(new Segment(Part.STATUS, ";status=" + r.status()));
    out.add(
        new Segment(
            Part.SETUP,
            ";seats="
                + setup.seats()
                + ";entitled="
                + setup.votersEntitled()
                + ";present="
                + setup.votersPresent()
                + ";options="
                + String.join("|", setup.options())));
    out.add(
        new Segment(
            Part.HANDS, ";hands=" + sorted(r.hands().counts()) + ";raised=" + sorted(r.raised())));
    out.add(
        new Segment(
            Part.ACCOUNTING,
            ";issued="
                + r.accounting().issued()
                + ";collected="
                + r.accounting().collected()
                + ";invalid="
                + sorted(r.accounting().invalid())));
    out.add(
        new Segment(
            Part.TOTALS,
            ";for="
                + sorted(r.accounting().votesFor())
                + ";against="
                + sorted(r.accounting().votesAgainst())));
    out.add(new Segment(Part.BALLOTS, ballotsText(r)));
    RoundResult result = r.stored();
    if (result != null) {
      out.add(
          new Segment(
              Part.RESULT,
              ";result=quorum:"
                  + result.quorumMet()
                  + ",base:"
                  + result.base()
                  + ",votes:"
                  + result.options().stream()
                      .map(o -> o.option() + "=" + o.votesFor() + (o.passed() ? "+" : "-"))
                      .collect(Collectors.joining("|"))
                  + ",nominated:"
                  + String.join("|", result.nominated())
                  + ",tied:"
                  + String.join("|", result.tied())));
    }
    out.add(
        new Segment(
            Part.CHAIR,
            ";chair="
                + r.chairDecision()
                + ";chosen="
                + String.join("|", r.chairChoice().stream().sorted().toList())));
    return out;
  }

  private static String ballotsText(RoundRecord r) {
    StringBuilder out = new StringBuilder(";first=");
    ballots(out, r.first());
    out.append(";second=");
    ballots(out, r.second());
    return out.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String sorted(Map<?, ?> map) {
    Map<String, String> out = new TreeMap<>();
    map.forEach(
        (k, v) ->
            out.put(String.valueOf(k), v instanceof Map<?, ?> m ? sorted(m) : String.valueOf(v)));
    return out.toString();
  }

  /**
   * {@code seq:{option=MARK, …}} per ballot by seq, joined with {@code |}: the text {@link #sorted}
   * gives a ballot's marks, written straight into one builder (a round has up to a thousand).
   */
  private static void ballots(StringBuilder out, List<Ballot> ballots) {
    List<Ballot> bySeq = new ArrayList<>(ballots);
    bySeq.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
    boolean first = true;
    for (Ballot b : bySeq) {
      if (!first) {
        out.append('|');
      }
      first = false;
      out.append(b.seq()).append(':');
      if (!b.isValid()) {
        out.append("invalid=").append(b.invalid());
        continue;
      }
      String[] options = b.marks().keySet().toArray(new String[0]);
      Arrays.sort(options);
      out.append('{');
      for (int i = 0; i < options.length; i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(options[i]).append('=').append(b.marks().get(options[i]));
      }
      out.append('}');
    }
  }
}
