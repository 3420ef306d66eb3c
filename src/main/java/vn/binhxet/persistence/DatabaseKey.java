package vn.binhxet.persistence;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the password the secretary types into the key H2 encrypts the file with.
 *
 * <p>H2 stretches a file password only lightly and cannot take one with a space in it, so the
 * password is first stretched here (PBKDF2, many rounds) into hexadecimal digits. It is
 * NFC-normalised first: the same words typed with another Vietnamese input method give the same
 * key. Neither the password nor the key is ever written anywhere.
 */
final class DatabaseKey {
  static final int ITERATIONS = 210_000;
  // H2 adds its own random salt per file; this one only keeps the stretched keys of this app
  // apart from any other program's.
  private static final byte[] SALT = "vn.binhxet/database-file/v1".getBytes(StandardCharsets.UTF_8);

  private DatabaseKey() {}

  /**
   * H2's connection password for an encrypted file: the file key, a space, and the (empty) user
   * password. The caller wipes it once the database is open.
   */
  static char[] connectionPassword(char[] password) {
    char[] normalized =
        Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC).toCharArray();
    PBEKeySpec spec = new PBEKeySpec(normalized, SALT, ITERATIONS, 256);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      char[] hex = new char[key.length * 2 + 1];
      for (int i = 0; i < key.length; i++) {
        hex[2 * i] = Character.forDigit((key[i] >> 4) & 0xf, 16);
        hex[2 * i + 1] = Character.forDigit(key[i] & 0xf, 16);
      }
      hex[hex.length - 1] = ' ';
      Arrays.fill(key, (byte) 0);
      return hex;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
    } finally {
      spec.clearPassword();
      Arrays.fill(normalized, '\0');
    }
  }

  /** The file key alone, as H2's encryption tool takes it. */
  static char[] fileKey(char[] password) {
    char[] connection = connectionPassword(password);
    char[] key = Arrays.copyOf(connection, connection.length - 1);
    Arrays.fill(connection, '\0');
    return key;
  }
}
