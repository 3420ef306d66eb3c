package vn.binhxet.domain.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A fingerprint of everything a round holds: its setup, every entry, its stored result and the
 * chair's decision. Each audit entry that changes a round carries the fingerprint the round has
 * afterwards, so a later edit or deletion of a stored tally, made behind the app's back, no longer
 * matches the log. Timestamps are left out: they are not what was counted.
 */
public final class RoundDigest {
  private RoundDigest() {}

  public static String of(RoundRecord r) {
    StringBuilder s = new StringBuilder();
    RoundSetup setup = r.setup();
    s.append("round=")
        .append(setup.number())
        .append(";method=")
        .append(setup.method())
        .append(";mode=")
        .append(r.mode())
        .append(";rule=")
        .append(setup.rule())
        .append(";status=")
        .append(r.status())
        .append(";seats=")
        .append(setup.seats())
        .append(";entitled=")
        .append(setup.votersEntitled())
        .append(";present=")
        .append(setup.votersPresent())
        .append(";options=")
        .append(String.join("|", setup.options()))
        .append(";hands=")
        .append(sorted(r.hands().counts()))
        .append(";raised=")
        .append(sorted(r.raised()))
        .append(";issued=")
        .append(r.accounting().issued())
        .append(";collected=")
        .append(r.accounting().collected())
        .append(";invalid=")
        .append(sorted(r.accounting().invalid()))
        .append(";for=")
        .append(sorted(r.accounting().votesFor()))
        .append(";against=")
        .append(sorted(r.accounting().votesAgainst()))
        .append(";first=")
        .append(ballots(r.first()))
        .append(";second=")
        .append(ballots(r.second()));
    RoundResult result = r.stored();
    if (result != null) {
      s.append(";result=quorum:")
          .append(result.quorumMet())
          .append(",base:")
          .append(result.base())
          .append(",votes:")
          .append(
              result.options().stream()
                  .map(o -> o.option() + "=" + o.votesFor() + (o.passed() ? "+" : "-"))
                  .collect(Collectors.joining("|")))
          .append(",nominated:")
          .append(String.join("|", result.nominated()))
          .append(",tied:")
          .append(String.join("|", result.tied()));
    }
    s.append(";chair=")
        .append(r.chairDecision())
        .append(";chosen=")
        .append(String.join("|", r.chairChoice().stream().sorted().toList()));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
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

  private static String ballots(List<Ballot> ballots) {
    return ballots.stream()
        .sorted((a, b) -> Integer.compare(a.seq(), b.seq()))
        .map(b -> b.seq() + ":" + (b.isValid() ? sorted(b.marks()) : "invalid=" + b.invalid()))
        .collect(Collectors.joining("|"));
  }
}
