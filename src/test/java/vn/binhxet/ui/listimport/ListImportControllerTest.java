package vn.binhxet.ui.listimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Unit;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.Messages;
import vn.binhxet.service.imports.DelegateListReader;
import vn.binhxet.service.imports.UnitListReader;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;
import vn.binhxet.ui.people.PeopleController;
import vn.binhxet.ui.people.PeopleModel;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.units.UnitsController;
import vn.binhxet.ui.units.UnitsModel;

/**
 * The import preview without the FX toolkit: real readers and services over a test's database,
 * files written in the test's folder, a fake file chooser.
 */
class ListImportControllerTest {
  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private final SessionModel session = new SessionModel();
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private final I18n i18n = new I18n(Messages.VIETNAMESE);
  private final SynchronousTaskRunner tasks = new SynchronousTaskRunner();
  private final UnitsModel unitsModel = new UnitsModel();
  private final PeopleModel peopleModel = new PeopleModel();
  private ListImportModel model;
  private ListImportController<?> controller;
  private long id;

  @BeforeEach
  void setUp() {
    db = Database.open(dir.resolve("db"));
    s = Fakes.stack(db, Clock.systemUTC());
    id = s.conferences().createDemo();
    var p = s.preparation().read(id);
    session.setConference(p.conference(), p.outcomes());
    UnitsController units =
        new UnitsController(unitsModel, session, s.preparation(), tasks, dialogs, i18n);
    var target = ImportTargets.units(new UnitListReader(), units::onAddUnits);
    model = new ListImportModel(target.columnKeys());
    controller = new ListImportController<>(model, session, tasks, dialogs, i18n, target);
  }

  private void importPeople() {
    PeopleController people =
        new PeopleController(peopleModel, session, s.preparation(), tasks, dialogs, i18n);
    var target = ImportTargets.people(new DelegateListReader(), people::onAddPeople);
    model = new ListImportModel(target.columnKeys());
    controller = new ListImportController<>(model, session, tasks, dialogs, i18n, target);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private Conference stored() {
    return s.preparation().read(id).conference().conference();
  }

  private List<String> unitNames() {
    return stored().members().stream().map(Unit::name).toList();
  }

  private Path file(String name, byte[] content) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  private Path utf8(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFileWithABadRowIsPreviewedAndOnlyItsGoodRowsAreSavedOnConfirming() throws IOException {
    List<String> before = unitNames();
    dialogs.files.add(
        utf8(
            "don-vi.csv",
            "STT;Tên đơn vị;Tên viết tắt;Ghi chú\n"
                + "1;Sở Tư pháp;STP;\n"
                + "2;;;dòng thiếu tên\n"
                + "3;Công an tỉnh;CA;\n"));

    controller.onChooseFile();

    assertThat(model.openProperty().get()).isTrue();
    assertThat(model.formatProperty().get()).isEqualTo("Định dạng: CSV, UTF-8, dấu chấm phẩy");
    assertThat(model.countsProperty().get()).isEqualTo("2 dòng hợp lệ, 1 dòng có lỗi");
    assertThat(model.ignoredProperty().get()).contains("“Ghi chú”");
    assertThat(model.fileProblemsProperty().get()).isEmpty();
    assertThat(model.rows())
        .extracting(ListImportModel.Row::line, ListImportModel.Row::ok)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, true),
            org.assertj.core.groups.Tuple.tuple(3, false),
            org.assertj.core.groups.Tuple.tuple(4, true));
    assertThat(model.rows().get(1).status()).isEqualTo("Thiếu tên.");
    assertThat(model.confirmLabelProperty().get()).isEqualTo("Nhập 2 dòng hợp lệ");
    assertThat(model.canImportProperty().get()).isTrue();
    assertThat(unitNames()).as("nothing saved before confirming").isEqualTo(before);

    controller.onConfirm();

    assertThat(unitNames()).endsWith("Sở Tư pháp", "Công an tỉnh").hasSize(before.size() + 2);
    assertThat(stored().members()).contains(new Unit("Công an tỉnh", "CA"));
    assertThat(model.openProperty().get()).isFalse();
    assertThat(unitsModel.state().messageProperty().get()).isEqualTo("Đã thêm 2 đơn vị từ tệp.");
    assertThat(unitsModel.state().savedProperty().get()).startsWith("Đã lưu lúc ");
    assertThat(unitsModel.state().rows()).hasSize(before.size() + 2);
  }

  @Test
  void anOldVietnameseFileIsReadWithItsCodePageAndSaidSo() throws IOException {
    dialogs.files.add(
        file("cu.csv", windows1258("Tên đơn vị,Tên viết tắt\nSở Tư pháp,STP\nCục Thuế tỉnh,CT\n")));

    controller.onChooseFile();

    assertThat(model.formatProperty().get())
        .isEqualTo("Định dạng: CSV, Windows-1258 (bảng mã tiếng Việt cũ), dấu phẩy");
    assertThat(model.rows())
        .extracting(r -> r.cells().get(0))
        .containsExactly("Sở Tư pháp", "Cục Thuế tỉnh");
    controller.onConfirm();
    assertThat(unitNames()).endsWith("Sở Tư pháp", "Cục Thuế tỉnh");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty file      | ds.csv | ''                  | Tệp không có nội dung",
        "old Excel       | ds.xls | D0CF11E0A1B11AE1    | Excel 97-2003",
        "header only     | ds.csv | 54c3aa6e20c491c6a16e2076e1bb8b0a | chỉ có dòng tiêu đề"
      })
  void aRefusedFileSaysWhyAndNothingCanBeSaved(
      String what, String name, String hex, String expected) throws IOException {
    List<String> before = unitNames();
    dialogs.files.add(file(name, java.util.HexFormat.of().parseHex(hex.toLowerCase())));

    controller.onChooseFile();

    assertThat(model.openProperty().get()).isTrue();
    assertThat(model.fileProblemsProperty().get())
        .startsWith("Không nhập được tệp này. Chưa có gì được lưu.")
        .contains(expected);
    assertThat(model.canImportProperty().get()).isFalse();
    controller.onConfirm();
    assertThat(unitNames()).isEqualTo(before);
    controller.onCancel();
    assertThat(model.openProperty().get()).isFalse();
  }

  @Test
  void cancellingThePreviewSavesNothing() throws IOException {
    List<String> before = unitNames();
    dialogs.files.add(utf8("ds.csv", "Tên đơn vị\nSở Tư pháp\n"));
    controller.onChooseFile();

    controller.onCancel();

    assertThat(model.openProperty().get()).isFalse();
    assertThat(unitNames()).isEqualTo(before);
  }

  @Test
  void noFileChosenOpensNoPreview() {
    controller.onChooseFile();

    assertThat(model.openProperty().get()).isFalse();
    assertThat(dialogs.fileFilters)
        .singleElement()
        .satisfies(f -> assertThat(f.get(0).patterns()).contains("*.csv", "*.xlsx"));
  }

  @Test
  void aRefusalOnSavingIsShownInThePreviewAndNothingIsSaved() throws IOException {
    List<String> before = unitNames();
    dialogs.files.add(utf8("ds.csv", "Tên đơn vị\nSở Tư pháp\n"));
    controller.onChooseFile();
    // Meanwhile, someone types the same unit into the editor.
    s.preparation().addUnit(id, "Sở Tư pháp", null);

    controller.onConfirm();

    assertThat(model.openProperty().get()).isTrue();
    assertThat(model.refusalProperty().get()).contains("Sở Tư pháp");
    assertThat(unitNames()).hasSize(before.size() + 1);
  }

  @Test
  void delegatesAreImportedWithTheirUnitAndGuestsWithTheirOrganisation() throws IOException {
    importPeople();
    String unit = stored().members().get(0).name();
    int before = stored().participants().size();
    dialogs.files.add(
        utf8(
            "dai-bieu.csv",
            "Họ và tên,Chức vụ,Đơn vị,Khách mời\n"
                + "Nguyễn Văn An,Chánh Văn phòng,"
                + unit
                + ",\n"
                + "Trần Thị Bình,Phó Giám đốc,Sở Không Có,\n"
                + "Lê Khách,Giám đốc,Sở Nội vụ,x\n"));

    controller.onChooseFile();

    assertThat(model.countsProperty().get()).isEqualTo("2 dòng hợp lệ, 1 dòng có lỗi");
    assertThat(model.rows().get(1).status()).contains("Sở Không Có");
    controller.onConfirm();

    List<Participant> people = stored().participants();
    assertThat(people).hasSize(before + 2);
    Participant an = people.get(before);
    assertThat(an.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(an.unitName()).isEqualTo(unit);
    assertThat(an.entitledToVote()).isTrue();
    Participant guest = people.get(before + 1);
    assertThat(guest.kind()).isEqualTo(ParticipantKind.GUEST);
    assertThat(guest.organisation()).isEqualTo("Sở Nội vụ");
    assertThat(guest.entitledToVote()).isFalse();
    assertThat(peopleModel.state().messageProperty().get()).isEqualTo("Đã thêm 2 người từ tệp.");
  }

  @Test
  void thePreviewFollowsAChangeOfLanguage() throws IOException {
    dialogs.files.add(utf8("ds.csv", "Tên đơn vị\nSở Tư pháp\n\n"));
    controller.onChooseFile();

    i18n.setLocale(Messages.ENGLISH);

    assertThat(model.countsProperty().get()).isEqualTo("1 valid row, no rows with errors");
    assertThat(model.confirmLabelProperty().get()).isEqualTo("Import 1 valid row");
  }

  /**
   * As Windows' Vietnamese keyboard writes code page 1258: a letter the code page lacks is its base
   * letter followed by a combining tone mark.
   */
  private static byte[] windows1258(String text) {
    Charset cp = Charset.forName("windows-1258");
    CharsetEncoder enc = cp.newEncoder();
    StringBuilder out = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      if (enc.canEncode(c)) {
        out.append(c);
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder().append(nfd.charAt(0));
      StringBuilder tones = new StringBuilder();
      for (char m : nfd.substring(1).toCharArray()) {
        // Circumflex, breve and horn belong to the letter; the five tones are combining marks.
        if (m == '\u0302' || m == '\u0306' || m == '\u031B') {
          base.append(m);
        } else {
          tones.append(m);
        }
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    return out.toString().getBytes(cp);
  }
}
