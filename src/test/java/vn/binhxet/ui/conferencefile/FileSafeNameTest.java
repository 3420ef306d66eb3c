package vn.binhxet.ui.conferencefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The file name proposed for a conference keeps its title and drops only what file systems refuse.
 */
class FileSafeNameTest {
  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '~',
      value = {
        "Hội nghị tổng kết năm 2018 => Hội nghị tổng kết năm 2018",
        "Khối thi đua 2018/2019 => Khối thi đua 2018-2019",
        "Tổng kết: năm 2018 => Tổng kết năm 2018",
        "Ban A \\ Ban B => Ban A Ban B",
        "~\"Khối\" <các> Ban?*~ => Khối các Ban",
        "Hội nghị | thi đua => Hội nghị thi đua",
        "~Năm 2018.  ~ => Năm 2018",
        "~...ẩn~ => ẩn",
        "~Hội   nghị\tthi đua~ => Hội nghị thi đua",
        "“Đoàn kết” – đổi mới; 100% => “Đoàn kết” – đổi mới; 100%",
        "CON => CON_",
        "aux.2018 => aux.2018_",
        "~:/?~ => hoi-nghi",
        "~~ => hoi-nghi",
      })
  void keepsVietnameseAndDropsOnlyWhatFileSystemsRefuse(String title, String expected) {
    assertThat(FileSafeName.of(title, "hoi-nghi")).isEqualTo(expected);
  }

  @Test
  void decomposedLettersComeOutComposed() {
    assertThat(FileSafeName.of("Ho\u0302\u0323i nghi\u0323", "x")).isEqualTo("Hội nghị");
  }

  @Test
  void aVeryLongTitleIsCutAtAWordWithinTheFileSystemsLimit() {
    String title = "Hội nghị bình xét thi đua khen thưởng ".repeat(10).strip();

    String name = FileSafeName.of(title, "x");

    assertThat(name.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(FileSafeName.MAX_BYTES);
    assertThat(title).startsWith(name);
    assertThat(title.charAt(name.length())).isEqualTo(' ');
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "hoi nghi, hoi nghi.binhxet",
    "hoi nghi.binhxet, hoi nghi.binhxet",
    "HOI NGHI.BINHXET, HOI NGHI.BINHXET",
    "hoi nghi.json, hoi nghi.json",
    "Năm 2018. Khối A, Năm 2018. Khối A.binhxet",
  })
  void aChosenNameWithoutTheExtensionGetsIt(String chosen, String written) {
    Path folder = Path.of("/tmp/x");

    assertThat(ConferenceFileController.withExtension(folder.resolve(chosen)))
        .isEqualTo(folder.resolve(written));
  }
}
