package vn.binhxet.pdf;

import java.util.List;
import vn.binhxet.domain.BallotPaperFacts;
import vn.binhxet.domain.DocumentRenderer;
import vn.binhxet.domain.MinutesFacts;

/**
 * The conference's documents as PDF, with iText. Thread-safe: it keeps only the font files' bytes,
 * and each document gets its own fonts.
 */
public final class PdfDocuments implements DocumentRenderer {
  private final Fonts fonts = new Fonts();
  private final Words words = new Words(new DocText());

  @Override
  public byte[] minutes(MinutesFacts facts) {
    return new MinutesWriter(fonts, words).write(facts);
  }

  @Override
  public byte[] countingRecords(MinutesFacts facts) {
    return new CountingRecordWriter(fonts, words).write(facts);
  }

  @Override
  public byte[] ballotPapers(List<BallotPaperFacts> ballots) {
    return new BallotPaperWriter(fonts, words).write(ballots);
  }

  @Override
  public byte[] attendanceSheet(MinutesFacts facts) {
    return new AttendanceSheetWriter(fonts, words).write(facts);
  }

  @Override
  public byte[] sign(byte[] pdf, byte[] pkcs12, char[] password, boolean visible, String reason) {
    return new Signing(fonts).sign(pdf, pkcs12, password, visible, reason);
  }
}
