package vn.binhxet.service;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What can be told of a conference file from its bytes alone, before a JSON parser sees them: a
 * parser reports an empty file, a picture, a list saved as CSV or a file in the wrong encoding all
 * as "malformed at line 1", which tells the user neither what is wrong nor what to do.
 */
final class ConferenceFileBytes {
  /**
   * The largest file an import reads. The demo's file is about 60 kB; a conference of 500 units
   * with every ballot entered twice stays under 20 MB.
   */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  private ConferenceFileBytes() {}

  /**
   * @throws InvalidInputException when the file is too large, holds nothing, is not JSON text at
   *     all, or is not UTF-8
   */
  static void check(byte[] bytes) {
    checkSize(bytes.length);
    if (utf16or32(bytes)) {
      // The JSON parser detects these encodings itself, and they carry text exactly.
      return;
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (start < bytes.length && whitespace(bytes[start])) {
      start++;
    }
    if (start == bytes.length) {
      throw refused("file.empty");
    }
    if (!jsonStart(bytes[start])) {
      throw refused("file.notJson");
    }
    // Not at the end of input: a file cut inside a letter is a truncated file, which the parser
    // names as such, not one in another encoding.
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult decoded;
    do {
      out.clear();
      decoded = utf8.decode(in, out, false);
      if (decoded.isError()) {
        throw refused("file.encoding");
      }
    } while (decoded.isOverflow());
  }

  /**
   * @throws InvalidInputException when a file of this many bytes is more than an import reads
   */
  static void checkSize(long size) {
    if (size > MAX_BYTES) {
      throw new InvalidInputException(
          List.of(Problem.of("$", "file.tooLarge", megabytes(size), megabytes(MAX_BYTES))));
    }
  }

  private static java.math.BigDecimal megabytes(long bytes) {
    return java.math.BigDecimal.valueOf((bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024), 1);
  }

  // As RFC 4627 tells them apart: JSON text starts with two ASCII characters, so zero bytes among
  // the first four mark UTF-16 or UTF-32; or a byte order mark says so.
  private static boolean utf16or32(byte[] b) {
    if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
      return true;
    }
    if (b.length < 4) {
      return false;
    }
    int zeros = 0;
    for (int i = 0; i < 4; i++) {
      if (b[i] == 0) {
        zeros++;
      }
    }
    return zeros > 0 && zeros < 4;
  }

  private static boolean whitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static boolean jsonStart(byte b) {
    return b == '{'
        || b == '['
        || b == '"'
        || b == '-'
        || (b >= '0' && b <= '9')
        || b == 't'
        || b == 'f'
        || b == 'n';
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static InvalidInputException refused(String key) {
    return new InvalidInputException(List.of(Problem.of("$", key)));
  }
}
