package vn.binhxet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/** The database file encrypted with a password (H2's AES), and the password changed. */
class DatabaseEncryptionTest {
  private static final String SECRET_WORDS = "Sở Tư pháp tỉnh Bắc Ninh, đề nghị Cờ thi đua";

  @TempDir Path dir;

  private void writeSecretWords(char[] password) {
    try (Database db = Database.open(dir, password)) {
      db.dsl().execute("create table note (text varchar(200))");
      db.dsl().execute("insert into note values (?)", SECRET_WORDS);
    }
  }

  private String readSecretWords(char[] password) {
    try (Database db = Database.open(dir, password)) {
      return db.dsl().fetchValue("select text from note").toString();
    }
  }

  private Path file() {
    return dir.resolve(Database.FILE_NAME + Database.FILE_SUFFIX);
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mật khẩu có dấu cách",
        "12345678",
        "Đ@i-hội_2026!",
        "a password far longer than any key H2 stretches itself, typed as a whole sentence"
      })
  void anEncryptedFileOpensWithItsPasswordAndShowsNothingInClear(String password) throws Exception {
    writeSecretWords(password.toCharArray());

    byte[] bytes = Files.readAllBytes(file());
    assertThat(Database.isEncrypted(dir)).isTrue();
    assertThat(contains(bytes, SECRET_WORDS.getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(contains(bytes, "NOTE".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(readSecretWords(password.toCharArray())).isEqualTo(SECRET_WORDS);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .as("no trace file, which would hold statements in clear")
        .noneMatch(name -> name.endsWith(".trace.db"));
  }

  @Test
  void aPasswordTypedWithDecomposedAccentsOpensTheSameFile() {
    String composed = Normalizer.normalize("Hội nghị bình xét", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    writeSecretWords(composed.toCharArray());
    assertThat(readSecretWords(decomposed.toCharArray())).isEqualTo(SECRET_WORDS);
  }

  @Test
  void aWrongPasswordIsRefusedAndTheFileIsLeftAsItWas() throws Exception {
    writeSecretWords("đúng mật khẩu".toCharArray());
    byte[] before = Files.readAllBytes(file());

    assertThatThrownBy(() -> Database.open(dir, "sai mật khẩu".toCharArray()))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.problem()).isEqualTo(StorageProblem.WRONG_PASSWORD));
    assertThatThrownBy(() -> Database.open(dir))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.problem()).isEqualTo(StorageProblem.PASSWORD_NEEDED));

    assertThat(Files.readAllBytes(file())).isEqualTo(before);
    assertThat(readSecretWords("đúng mật khẩu".toCharArray())).isEqualTo(SECRET_WORDS);
  }

  @Test
  void anEncryptedFileCutShortIsRefusedAsDamagedAndLeftAsItWas() throws Exception {
    char[] password = "đúng mật khẩu".toCharArray();
    writeSecretWords(password);
    try (Database db = Database.open(dir, password)) {
      for (int i = 0; i < 20; i++) {
        db.dsl().execute("insert into note values (?)", SECRET_WORDS + " " + i);
      }
    }
    byte[] whole = Files.readAllBytes(file());
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 4096);
    Files.write(file(), cut);

    assertThatThrownBy(() -> Database.open(dir, "đúng mật khẩu".toCharArray()))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.problem()).isEqualTo(StorageProblem.CORRUPTED));
    assertThat(Files.readAllBytes(file())).isEqualTo(cut);
  }

  @Test
  void aPasswordIsSetChangedAndRemovedWithTheDataKept() {
    writeSecretWords(null);
    assertThat(Database.isEncrypted(dir)).isFalse();

    Database.changePassword(dir, null, "mật khẩu thứ nhất".toCharArray());
    assertThat(Database.isEncrypted(dir)).isTrue();
    assertThat(readSecretWords("mật khẩu thứ nhất".toCharArray())).isEqualTo(SECRET_WORDS);

    Database.changePassword(
        dir, "mật khẩu thứ nhất".toCharArray(), "mật khẩu thứ hai".toCharArray());
    assertThatThrownBy(() -> Database.open(dir, "mật khẩu thứ nhất".toCharArray()))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.problem()).isEqualTo(StorageProblem.WRONG_PASSWORD));
    assertThat(readSecretWords("mật khẩu thứ hai".toCharArray())).isEqualTo(SECRET_WORDS);

    Database.changePassword(dir, "mật khẩu thứ hai".toCharArray(), null);
    assertThat(Database.isEncrypted(dir)).isFalse();
    assertThat(readSecretWords(null)).isEqualTo(SECRET_WORDS);
    assertThat(Files.exists(dir)).isTrue();
    assertThat(dir.toFile().list())
        .as("the work folder of the change is gone")
        .noneMatch(name -> name.startsWith(".password-"));
  }

  @Test
  void changingWithAWrongCurrentPasswordChangesNothing() throws Exception {
    writeSecretWords("mật khẩu đúng".toCharArray());
    byte[] before = Files.readAllBytes(file());

    assertThatThrownBy(
            () -> Database.changePassword(dir, "nhầm".toCharArray(), "mới toanh!".toCharArray()))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.problem()).isEqualTo(StorageProblem.WRONG_PASSWORD));
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  @Test
  void thePasswordOfAFolderWithNoDataYetEncryptsItsFirstFile() {
    Database.changePassword(dir, null, "ngay từ đầu".toCharArray());
    assertThat(Database.isEncrypted(dir)).isTrue();
    writeSecretWords("ngay từ đầu".toCharArray());
    assertThat(readSecretWords("ngay từ đầu".toCharArray())).isEqualTo(SECRET_WORDS);
  }

  @Test
  void thePasswordCannotBeChangedWhileTheDataIsOpen() {
    try (Database open = Database.open(dir)) {
      assertThatThrownBy(() -> Database.changePassword(dir, null, "trong lúc mở".toCharArray()))
          .isInstanceOfSatisfying(
              StorageException.class,
              e -> assertThat(e.problem()).isEqualTo(StorageProblem.IN_USE_BY_ANOTHER_COPY));
    }
  }
}
