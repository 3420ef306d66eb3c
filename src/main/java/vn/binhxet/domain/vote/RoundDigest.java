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
    return Running.of(r).whole();
  }

  /**
   * What an audit entry that changes the round carries: the whole fingerprint, which {@link #of}
   * checks, and one short fingerprint per {@link Part}, which names what changed.
   */
  public static String logged(RoundRecord r) {
    return Running.of(r).logged();
  }

  /** A short fingerprint of each part. */
  public static Map<Part, String> parts(RoundRecord r) {
    return Running.of(r).finished().parts();
  }

  /**
   * A round's fingerprint kept up to date ballot by ballot. An entry of a round of a thousand
   * ballots is logged with the fingerprint of all of them; hashing them all again on every entry
   * made each entry's cost grow with the round. SHA-256 reads its input in order, so the hashes fed
   * up to the end of each entry's ballots are kept, and a ballot numbered after the others of its
   * entry (the stack is entered in order) is hashed on its own; anything else is hashed afresh. The
   * text hashed is the same either way, so the fingerprints are those {@link #of} and {@link
   * #logged} always gave.
   */
  public static final class Running {
    private final RoundRecord round;
    private final Hashed afterFirst;
    private final Hashed afterSecond;
    // Whether each entry's ballots are in the order of their numbers, the order they are hashed
    // in: kept rather than checked, so that an entry does not go through a thousand ballots.
    private final boolean firstInOrder;
    private final boolean secondInOrder;

    private Running(
        RoundRecord round,
        Hashed afterFirst,
        Hashed afterSecond,
        boolean firstInOrder,
        boolean secondInOrder) {
      this.round = round;
      this.afterFirst = afterFirst;
      this.afterSecond = afterSecond;
      this.firstInOrder = firstInOrder;
      this.secondInOrder = secondInOrder;
    }

    /** The fingerprint of {@code r}, hashed from the start. */
    public static Running of(RoundRecord r) {
      Hashed h = new Hashed();
      head(h, r);
      h.feed(Part.BALLOTS, ";first=");
      ballots(h, r.first());
      Hashed afterFirst = h.copy();
      h.feed(Part.BALLOTS, ";second=");
      ballots(h, r.second());
      return new Running(r, afterFirst, h, bySeq(r.first()), bySeq(r.second()));
    }

    /** The round this is the fingerprint of. */
    public RoundRecord round() {
      return round;
    }

    /** The fingerprint of {@link RoundRecord#withBallot round().withBallot(pass, ballot)}. */
    public Running withBallot(int pass, Ballot ballot) {
      RoundRecord next = round.withBallot(pass, ballot);
      List<Ballot> before = pass == 1 ? round.first() : round.second();
      boolean last = round.comesLast(pass, ballot.seq());
      if (!last || !(pass == 1 ? firstInOrder : secondInOrder)) {
        return of(next);
      }
      Hashed entry = (pass == 1 ? afterFirst : afterSecond).copy();
      if (!before.isEmpty()) {
        entry.feed(Part.BALLOTS, "|");
      }
      entry.feed(Part.BALLOTS, ballot(new StringBuilder(), ballot).toString());
      if (pass == 2) {
        return new Running(next, afterFirst, entry, firstInOrder, true);
      }
      Hashed second = entry.copy();
      second.feed(Part.BALLOTS, ";second=");
      ballots(second, next.second());
      return new Running(next, entry, second, true, secondInOrder);
    }

    /** The whole fingerprint, as {@link RoundDigest#of} gives it. */
    public String whole() {
      return finished().whole();
    }

    /** What an audit entry carries, as {@link RoundDigest#logged} gives it. */
    public String logged() {
      Hashed h = finished();
      return "state=" + h.whole() + "; parts=" + encode(h.parts());
    }

    private Hashed finished() {
      Hashed h = afterSecond.copy();
      tail(h, round);
      return h;
    }

    private static boolean bySeq(List<Ballot> ballots) {
      for (int i = 1; i < ballots.size(); i++) {
        if (ballots.get(i - 1).seq() >= ballots.get(i).seq()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The hash of the whole text and of each part's, fed piece by piece: UTF-8 of a concatenation is
   * the concatenation of the UTF-8 of its pieces (no piece splits a character), so the hashes are
   * those of the joined text.
   */
  private static final class Hashed {
    private final MessageDigest whole;
    private final Map<Part, MessageDigest> parts;

    Hashed() {
      whole = sha256();
      parts = new EnumMap<>(Part.class);
      for (Part p : Part.values()) {
        parts.put(p, sha256());
      }
    }

    private Hashed(Hashed from) {
      whole = copy(from.whole);
      parts = new EnumMap<>(Part.class);
      from.parts.forEach((p, d) -> parts.put(p, copy(d)));
    }

    Hashed copy() {
      return new Hashed(this);
    }

    void feed(Part part, String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      whole.update(bytes);
      parts.get(part).update(bytes);
    }

    String whole() {
      return HexFormat.of().formatHex(whole.digest());
    }

    Map<Part, String> parts() {
      Map<Part, String> out = new EnumMap<>(Part.class);
      parts.forEach((p, d) -> out.put(p, HexFormat.of().formatHex(d.digest()).substring(0, 16)));
      return out;
    }

    private static MessageDigest copy(MessageDigest d) {
      try {
        return (MessageDigest) d.clone();
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
      }
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

  /**
   * The round's text up to its ballots, each piece fed to the part it belongs to. With {@link
   * #ballots} and {@link #tail}, in this order, it is exactly the text that {@link #of} always
   * hashed, so the fingerprints already in a log stay valid.
   */
  private static void head(Hashed h, RoundRecord r) {
    RoundSetup setup = r.setup();
    h.feed(
        Part.SETUP,
        "round="
            + setup.number()
            + ";method="
            + setup.method()
            + ";mode="
            + r.mode()
            + ";rule="
            + setup.rule());
    h.feed(Part.STATUS, ";status=" + r.status());
    h.feed(
        Part.SETUP,
        ";seats="
            + setup.seats()
            + ";entitled="
            + setup.votersEntitled()
            + ";present="
            + setup.votersPresent()
            + ";options="
            + String.join("|", setup.options()));
    h.feed(Part.HANDS, ";hands=" + sorted(r.hands().counts()) + ";raised=" + sorted(r.raised()));
    h.feed(
        Part.ACCOUNTING,
        ";issued="
            + r.accounting().issued()
            + ";collected="
            + r.accounting().collected()
            + ";invalid="
            + sorted(r.accounting().invalid()));
    h.feed(
        Part.TOTALS,
        ";for="
            + sorted(r.accounting().votesFor())
            + ";against="
            + sorted(r.accounting().votesAgainst()));
  }

  /** The round's text after its ballots: the stored result and the chair's decision. */
  private static void tail(Hashed h, RoundRecord r) {
    RoundResult result = r.stored();
    if (result != null) {
      h.feed(
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
              + String.join("|", result.tied()));
    }
    h.feed(
        Part.CHAIR,
        ";chair="
            + r.chairDecision()
            + ";chosen="
            + String.join("|", r.chairChoice().stream().sorted().toList()));
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
   * gives a ballot's marks.
   */
  private static void ballots(Hashed h, List<Ballot> ballots) {
    List<Ballot> bySeq = new ArrayList<>(ballots);
    bySeq.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
    StringBuilder text = new StringBuilder();
    for (Ballot b : bySeq) {
      if (!text.isEmpty()) {
        text.append('|');
      }
      ballot(text, b);
    }
    h.feed(Part.BALLOTS, text.toString());
  }

  private static StringBuilder ballot(StringBuilder out, Ballot b) {
    out.append(b.seq()).append(':');
    if (!b.isValid()) {
      return out.append("invalid=").append(b.invalid());
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
    return out.append('}');
  }
}
