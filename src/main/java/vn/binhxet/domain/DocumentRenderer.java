package vn.binhxet.domain;

import java.util.List;

/**
 * Renders the conference's documents, each as the bytes of a PDF file. Implemented where the
 * document library lives; the services gather the facts and hand them over.
 */
public interface DocumentRenderer {
  byte[] minutes(MinutesFacts facts);

  /** One counting record per counted secret-ballot round, each starting on a new page. */
  byte[] countingRecords(MinutesFacts facts);

  byte[] ballotPapers(List<BallotPaperFacts> ballots);

  byte[] attendanceSheet(MinutesFacts facts);

  /**
   * Signs a PDF (PAdES baseline-B) with the key of a PKCS#12 keystore.
   *
   * @param visible whether the signature also shows on the last page
   * @throws SigningException when the keystore cannot be read or holds no usable key
   */
  byte[] sign(byte[] pdf, byte[] pkcs12, char[] password, boolean visible, String reason);

  /** Why a document could not be signed, for the user. */
  final class SigningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for the message bundles: BAD_PASSWORD, NO_KEY, UNREADABLE. */
    public enum Problem {
      BAD_PASSWORD,
      NO_KEY,
      UNREADABLE
    }

    private final Problem problem;

    public SigningException(Problem problem, Throwable cause) {
      super(problem.name(), cause);
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }
}
