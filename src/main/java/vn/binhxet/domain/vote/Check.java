package vn.binhxet.domain.vote;

/**
 * The catalogue of checks on what a round records. Codes are stable: the minutes, the logs and the
 * tests refer to them, so a check keeps its code for ever and a retired code is never reused. The
 * texts are in the bundles under {@code check.<code>}.
 */
public enum Check {
  /** More ballots collected than issued. */
  E01("E01", Severity.ERROR),
  /** More ballots issued than voters present. */
  E02("E02", Severity.ERROR),
  /** An option has more votes (for, or for and against) than there are valid ballots. */
  E03("E03", Severity.ERROR),
  /** A ballot counted as valid chooses more options than there are seats. */
  E04("E04", Severity.ERROR),
  /** A ballot marks an option that is not on it. */
  E05("E05", Severity.ERROR),
  /** For, against and abstaining hands together exceed the voters present. */
  E06("E06", Severity.ERROR),
  /** A candidate is outside the award's pool. */
  E07("E07", Severity.ERROR),
  /** More invalid ballots than ballots collected. */
  E08("E08", Severity.ERROR),
  /** A count is negative. */
  E09("E09", Severity.ERROR),
  /** More choices in all than valid ballots times seats. */
  E10("E10", Severity.ERROR),
  /** A count is recorded for an option that is not in the round. */
  E11("E11", Severity.ERROR),
  /** Two ballots share an entry number. */
  E12("E12", Severity.ERROR),
  /** Fewer ballots collected than issued. */
  W01("W01", Severity.WARNING),
  /** The quorum is not met: nobody is nominated by this round. */
  W02("W02", Severity.WARNING),
  /** No count is recorded for an option. */
  W03("W03", Severity.WARNING);

  private final String code;
  private final Severity severity;

  Check(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** The key of its text in the message bundles. */
  public String messageKey() {
    return "check." + code;
  }
}
