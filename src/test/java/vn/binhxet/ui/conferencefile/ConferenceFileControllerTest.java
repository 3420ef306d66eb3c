package vn.binhxet.ui.conferencefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.main.MainController;
import vn.binhxet.ui.main.MainModel;
import vn.binhxet.ui.session.SessionModel;

/**
 * Import and export of a conference file from the window, without the FX toolkit: wired to the main
 * controller as the window wires them, so that an imported conference is seen to become the one
 * shown.
 */
class ConferenceFileControllerTest {
  @TempDir Path dir;
  @TempDir Path files;
  private Database db;
  private Fakes.Stack stack;
  private final SessionModel session = new SessionModel();
  private final MainModel mainModel = new MainModel();
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private final List<String> exported = new ArrayList<>();
  private MainController main;
  private ConferenceFileController controller;
  private long demo;

  @BeforeEach
  void setUp() {
    db = Fakes.database(dir.resolve("data"));
    stack = Fakes.stack(db, Clock.systemUTC());
    var tasks = new SynchronousTaskRunner();
    var i18n = new I18n(Messages.VIETNAMESE);
    main =
        new MainController(
            mainModel,
            session,
            stack.conferences(),
            stack.demo(),
            stack.votes(),
            tasks,
            dialogs,
            new Fakes.Settings(),
            i18n,
            dir.toString(),
            "test");
    controller =
        new ConferenceFileController(
            session,
            stack.files(),
            stack.conferences(),
            tasks,
            dialogs,
            i18n,
            new ConferenceFileController.Listener() {
              @Override
              public void onImported(long id, String fileName) {
                main.onConferenceImported(id, fileName);
              }

              @Override
              public void onExported(String location) {
                exported.add(location);
                main.onConferenceExported(location);
              }
            });
    demo = stack.demo().createToRehearse();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private Path exportedDemo(String name) throws IOException {
    Path file = files.resolve(name);
    Files.write(file, stack.files().export(demo));
    return file;
  }

  private int conferenceCount() {
    return stack.conferences().list().size();
  }

  @Test
  void aGoodFileChosenInTheMenuBecomesANewConferenceAndTheOneShown() throws IOException {
    Path file = exportedDemo("Bắc Ninh 2018.binhxet");
    dialogs.files.add(file);

    controller.onImport();

    assertThat(dialogs.errors).isEmpty();
    assertThat(conferenceCount()).isEqualTo(2);
    long imported = stack.conferences().list().stream().mapToLong(c -> c.id()).max().orElseThrow();
    assertThat(imported).isNotEqualTo(demo);
    assertThat(session.conference().id()).isEqualTo(imported);
    assertThat(mainModel.selectedIdProperty().get()).isEqualTo(imported);
    assertThat(mainModel.statusProperty().get().key()).isEqualTo("conferencefile.status.imported");
    assertThat(mainModel.statusProperty().get().args()).contains("Bắc Ninh 2018.binhxet");
    // Nothing asked: the user chose the file in the app.
    assertThat(dialogs.confirmations).isEmpty();
  }

  @Test
  void theChooserOffersConferenceFilesThenJsonThenEveryFile() {
    controller.onImport();

    assertThat(dialogs.fileFilters)
        .singleElement()
        .satisfies(
            filters -> {
              assertThat(filters)
                  .extracting(f -> f.patterns())
                  .containsExactly(List.of("*.binhxet"), List.of("*.json"), List.of("*"));
              assertThat(filters.get(0).description())
                  .isEqualTo("Tệp hội nghị Bình Xét (*.binhxet)");
            });
  }

  @Test
  void cancellingTheChooserImportsNothing() {
    controller.onImport();

    assertThat(conferenceCount()).isEqualTo(1);
    assertThat(dialogs.errors).isEmpty();
    assertThat(session.conference()).isNull();
  }

  /**
   * A file that an import refuses, made in a folder (from the demo's file, when it is edited), and
   * what the user is told.
   */
  record Refused(String what, BiFunction<Path, String, Path> file, List<String> told) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Refused> refusedFiles() {
    return Stream.of(
        new Refused(
            "a value out of range, named by its JSON path",
            (folder, demo) ->
                write(
                    folder.resolve("sua-tay.binhxet"),
                    demo.replace("\"reviewYear\": 2018", "\"reviewYear\": -2018")),
            List.of(
                "không có gì được lưu", "$.conference.reviewYear: ", "nằm ngoài khoảng cho phép")),
        new Refused(
            "a list saved as CSV",
            (folder, demo) ->
                write(folder.resolve("don-vi.binhxet"), "STT,Tên đơn vị\n1,Văn phòng\n"),
            List.of("Đây không phải tệp hội nghị")),
        new Refused(
            "an empty file",
            (folder, demo) -> write(folder.resolve("trong.binhxet"), ""),
            List.of("Tệp trống")),
        new Refused(
            "a file cut short",
            (folder, demo) ->
                write(folder.resolve("cut.json"), "{\"format\": \"binhxet-conference\", \"ver"),
            List.of("Tệp bị cắt cụt")),
        new Refused(
            "a file too large, refused by its size",
            (folder, demo) -> {
              Path f = folder.resolve("lon.binhxet");
              try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(51L * 1024 * 1024);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              return f;
            },
            List.of("51 MB", "vượt giới hạn 50 MB")),
        new Refused(
            "a file that is not there",
            (folder, demo) -> folder.resolve("khong-co.binhxet"),
            List.of("Không đọc được tệp", "khong-co.binhxet", "Không tìm thấy tệp")),
        new Refused(
            "a folder",
            (folder, demo) -> {
              try {
                return Files.createDirectory(folder.resolve("thu-muc.binhxet"));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            },
            List.of("Không đọc được tệp", "Đây là một thư mục")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedFiles")
  void aRefusedOrUnreadableFileStoresNothingAndSaysWhy(Refused refused) throws IOException {
    Path file =
        refused.file().apply(files, new String(stack.files().export(demo), StandardCharsets.UTF_8));
    dialogs.files.add(file);

    controller.onImport();

    assertThat(conferenceCount()).isEqualTo(1);
    assertThat(session.conference()).isNull();
    assertThat(dialogs.errors).singleElement().asString().contains(refused.told());
  }

  @Test
  void aFileWithManyProblemsShowsTheFirstAndCountsTheRest() throws IOException {
    StringBuilder json = new StringBuilder("{\"format\": \"binhxet-conference\", \"version\": 1");
    for (int i = 0; i < 20; i++) {
      json.append(", \"extra").append(i).append("\": ").append(i);
    }
    Path file = write(files.resolve("nhieu-loi.binhxet"), json.append("}").toString());

    controller.onImport(file);

    String shown = dialogs.errors.get(0);
    assertThat(shown.lines().filter(l -> l.startsWith("• ")))
        .hasSize(ConferenceFileController.PROBLEMS_SHOWN);
    assertThat(shown).containsPattern("… và \\d+ lỗi khác\\.");
    assertThat(conferenceCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "answered {0}: stored {1}")
  @CsvSource({"true, true", "false, false"})
  void aFileFromTheDesktopIsImportedOnlyOnceTheUserAgrees(boolean answer, boolean stored)
      throws IOException {
    Path file = exportedDemo("hoi-nghi.binhxet");
    dialogs.confirmAnswer = answer;

    controller.onOpenFromDesktop(file);

    assertThat(dialogs.confirmations)
        .singleElement()
        .asString()
        .contains("Nhập hội nghị trong tệp " + file.toAbsolutePath())
        .contains(stack.conferences().open(demo).conference().title())
        .contains("năm 2018")
        // The same conference is in this data already: the question says so.
        .contains("đã có một hội nghị cùng tên và cùng năm");
    assertThat(conferenceCount()).isEqualTo(stored ? 2 : 1);
    assertThat(session.conference() != null).isEqualTo(stored);
  }

  @Test
  void aRefusedFileFromTheDesktopIsNotQuestionedButExplained() throws IOException {
    Path file = write(files.resolve("anh.binhxet"), "\u0089PNG....");

    controller.onOpenFromDesktop(file);

    assertThat(dialogs.confirmations).isEmpty();
    assertThat(dialogs.errors).singleElement().asString().contains("Đây không phải tệp hội nghị");
    assertThat(conferenceCount()).isEqualTo(1);
  }

  @Test
  void exportProposesTheTitleAsTheNameAndWritesTheWholeFile() throws IOException {
    main.onOpenConference(demo);
    Path target = files.resolve("ra.binhxet");
    dialogs.saveTargets.add(target);

    controller.onExport();

    String title = stack.conferences().open(demo).conference().title();
    assertThat(dialogs.suggestedNames).containsExactly(title + ".binhxet");
    assertThat(dialogs.saveFilters.get(0).get(0).patterns()).containsExactly("*.binhxet");
    assertThat(exported).containsExactly(target.toAbsolutePath().normalize().toString());
    assertThat(mainModel.statusProperty().get().key()).isEqualTo("conferencefile.status.exported");
    assertThat(stack.files().check(Files.readAllBytes(target)).title()).isEqualTo(title);
    try (var left = Files.list(files)) {
      assertThat(left).as("no temporary file left beside it").containsExactly(target);
    }
  }

  @Test
  void aNameTypedWithoutTheExtensionGetsIt() {
    main.onOpenConference(demo);
    dialogs.saveTargets.add(files.resolve("hoi nghi 2018"));

    controller.onExport();

    assertThat(files.resolve("hoi nghi 2018.binhxet")).isRegularFile();
  }

  @Test
  void exportIntoAFolderThatIsGoneSaysSoAndWritesNothing() {
    main.onOpenConference(demo);
    Path target = files.resolve("khong-co").resolve("ra.binhxet");
    dialogs.saveTargets.add(target);

    controller.onExport();

    assertThat(dialogs.errors)
        .singleElement()
        .asString()
        .contains("Không ghi được tệp " + target)
        .contains("Không tìm thấy tệp hoặc thư mục");
    assertThat(exported).isEmpty();
  }

  @Test
  void exportWithNoConferenceOpenAsksNothing() {
    controller.onExport();

    assertThat(dialogs.suggestedNames).isEmpty();
  }

  @Test
  void exportThenImportElsewhereGivesTheSameResults(@TempDir Path other) throws IOException {
    long played = stack.demo().create();
    main.onOpenConference(played);
    Path file = files.resolve("demo.binhxet");
    dialogs.saveTargets.add(file);
    controller.onExport();
    try (Database otherDb = Fakes.database(other)) {
      Fakes.Stack there = Fakes.stack(otherDb, Clock.systemUTC());
      var otherSession = new SessionModel();
      var otherMain =
          new MainController(
              new MainModel(),
              otherSession,
              there.conferences(),
              there.demo(),
              there.votes(),
              new SynchronousTaskRunner(),
              dialogs,
              new Fakes.Settings(),
              new I18n(Messages.VIETNAMESE),
              other.toString(),
              "test");
      var importer =
          new ConferenceFileController(
              otherSession,
              there.files(),
              there.conferences(),
              new SynchronousTaskRunner(),
              dialogs,
              new I18n(Messages.VIETNAMESE),
              new ConferenceFileController.Listener() {
                @Override
                public void onImported(long id, String fileName) {
                  otherMain.onConferenceImported(id, fileName);
                }

                @Override
                public void onExported(String location) {}
              });

      importer.onImport(file);

      assertThat(dialogs.errors).isEmpty();
      long imported = otherSession.conference().id();
      assertThat(there.votes().outcomes(imported))
          .extracting(VoteOutcome::chosen)
          .containsExactlyElementsOf(
              stack.votes().outcomes(played).stream().map(VoteOutcome::chosen).toList());
      assertThat(there.audit().verify().intact()).isTrue();
    }
  }

  private static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
