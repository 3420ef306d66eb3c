package vn.binhxet.domain.vote;

import java.util.List;
import java.util.Objects;

/**
 * A check that failed: which, for which option or ballot (either may be null), with the numbers its
 * message needs.
 */
public record Finding(Check check, String option, Integer ballot, List<Object> args) {
  public Finding {
    Objects.requireNonNull(check, "check");
    args = List.copyOf(args);
  }

  public static Finding of(Check check, String option, Object... args) {
    return new Finding(check, option, null, List.of(args));
  }

  public static Finding onBallot(Check check, int ballot, String option, Object... args) {
    return new Finding(check, option, ballot, List.of(args));
  }

  public boolean isError() {
    return check.severity() == Severity.ERROR;
  }
}
