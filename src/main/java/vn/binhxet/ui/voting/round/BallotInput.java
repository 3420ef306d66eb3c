package vn.binhxet.ui.voting.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;

/**
 * One ballot as the secretary types it: the numbers of the options it chooses, in any order,
 * separated by spaces or commas ({@code -3} marks option 3 "against", where the ballot has
 * agree/disagree columns); {@code 0} for a ballot that chooses nobody; {@code /} and a reason's
 * number for an invalid ballot.
 */
public final class BallotInput {
  private BallotInput() {}

  /** A ballot read from the text, or why it cannot be: a message key and its arguments. */
  public record Parsed(Ballot ballot, String problemKey, List<Object> args) {
    public boolean ok() {
      return ballot != null;
    }
  }

  public static Parsed parse(String text, List<String> options, int seats, int seq) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return problem("voting.ballot.empty");
    }
    if (t.startsWith("/")) {
      String n = t.substring(1).strip();
      InvalidReason[] reasons = InvalidReason.values();
      if (!n.matches("[0-9]{1,2}")
          || Integer.parseInt(n) < 1
          || Integer.parseInt(n) > reasons.length) {
        return problem("voting.ballot.reason", reasons.length);
      }
      return new Parsed(Ballot.invalid(seq, reasons[Integer.parseInt(n) - 1]), null, List.of());
    }
    if (t.equals("0")) {
      // Choosing nobody is invalid where the list has more candidates than seats (domain.md §3).
      return new Parsed(
          options.size() > seats
              ? Ballot.invalid(seq, InvalidReason.BLANK)
              : Ballot.valid(seq, Map.of()),
          null,
          List.of());
    }
    Map<String, Mark> marks = new LinkedHashMap<>();
    for (String token : t.split("[\\s,;.+]+")) {
      if (token.isEmpty()) {
        continue;
      }
      Mark mark = token.startsWith("-") ? Mark.AGAINST : Mark.FOR;
      String digits = token.startsWith("-") ? token.substring(1) : token;
      if (!digits.matches("[0-9]{1,4}")) {
        return problem("voting.ballot.syntax", token);
      }
      int n = Integer.parseInt(digits);
      if (n < 1 || n > options.size()) {
        return problem("voting.ballot.noSuch", n, options.size());
      }
      if (marks.put(options.get(n - 1), mark) != null) {
        return problem("voting.ballot.twice", n);
      }
    }
    return new Parsed(Ballot.valid(seq, marks), null, List.of());
  }

  private static Parsed problem(String key, Object... args) {
    return new Parsed(null, key, List.of(args));
  }
}
