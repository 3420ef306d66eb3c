package vn.binhxet.ui.newconference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.persistence.Database;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.Messages;
import vn.binhxet.service.Problem;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.SynchronousTaskRunner;

class NewConferenceControllerTest {
  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  @TempDir Path dir;
  private Database db;
  private ConferenceService service;
  private final NewConferenceModel model = new NewConferenceModel();
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private final List<String> events = new ArrayList<>();

  private NewConferenceController controller(String today) {
    db = Fakes.database(dir);
    Clock clock = Clock.fixed(Instant.parse(today + "T03:00:00Z"), HANOI);
    service = Fakes.services(db, clock);
    return new NewConferenceController(
        model,
        service,
        new SynchronousTaskRunner(),
        dialogs,
        new I18n(Messages.VIETNAMESE),
        clock,
        new NewConferenceController.Listener() {
          @Override
          public void onShowNewConference() {
            events.add("show");
          }

          @Override
          public void onCloseNewConference() {
            events.add("close");
          }

          @Override
          public void onConferenceCreated(long id) {
            events.add("created " + id);
          }
        });
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @ParameterizedTest(name = "on {0} the year under review is {1}")
  @CsvSource({"2019-12-05, 2019", "2020-01-10, 2019", "2019-10-01, 2019", "2019-06-15, 2018"})
  void opensWithTheYearThatIsBeingReviewed(String today, String year) {
    controller(today).onOpen();
    assertThat(model.yearProperty().get()).isEqualTo(year);
    assertThat(model.titleProperty().get()).endsWith("năm " + year);
    assertThat(model.dateProperty().get()).isEqualTo(LocalDate.parse(today));
    assertThat(events).containsExactly("show");
  }

  @Test
  void carriesOverLastYearsUnitsOfAKnownCluster() {
    NewConferenceController c = controller("2019-12-05");
    service.createDemo();
    c.onOpen();
    assertThat(model.clusterChoices()).containsExactly(DemoConference.CLUSTER);
    model.clusterProperty().set(DemoConference.CLUSTER);
    c.onClusterOrYearChanged();
    assertThat(model.unitsProperty().get().split("\n"))
        .containsExactlyElementsOf(DemoConference.UNITS);
    assertThat(model.carriedOverProperty().get()).isEqualTo(11);
  }

  @Test
  void theSuggestedTitleFollowsTheYearButATypedTitleStays() {
    NewConferenceController c = controller("2026-11-28");
    c.onOpen();
    model.yearProperty().set("2019");
    c.onClusterOrYearChanged();
    assertThat(model.titleProperty().get()).endsWith("năm 2019");
    model.titleProperty().set("Hội nghị tổng kết Khối");
    model.yearProperty().set("2020");
    c.onClusterOrYearChanged();
    assertThat(model.titleProperty().get()).isEqualTo("Hội nghị tổng kết Khối");
  }

  @Test
  void neverReplacesUnitsTheUserTyped() {
    NewConferenceController c = controller("2019-12-05");
    service.createDemo();
    c.onOpen();
    model.unitsProperty().set("Sở Tư pháp");
    model.clusterProperty().set(DemoConference.CLUSTER);
    c.onClusterOrYearChanged();
    assertThat(model.unitsProperty().get()).isEqualTo("Sở Tư pháp");
  }

  @ParameterizedTest(name = "\"{1}\" in {0} is named and nothing is created")
  @CsvSource({"year, 20l9", "quota.government, một", "quota.certificate, ''"})
  void textWhereANumberBelongsIsNamed(String field, String text) {
    NewConferenceController c = controller("2019-12-05");
    c.onOpen();
    fillValid();
    switch (field) {
      case "year" -> model.yearProperty().set(text);
      case "quota.government" -> model.quotaGovernmentProperty().set(text);
      default -> model.quotaCertificateProperty().set(text);
    }
    c.onCreate();
    assertThat(model.problems()).containsKey(field);
    assertThat(model.problems().get(field).messageKey()).isEqualTo("check.number.invalid");
    assertThat(service.list()).isEmpty();
    assertThat(events).containsExactly("show");
  }

  @ParameterizedTest(name = "quota \"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "-1                   | check.quota.range    | hãy nhập số nguyên từ 0 đến 100",
        "101                  | check.quota.range    | hãy nhập số nguyên từ 0 đến 100",
        "999999999            | check.quota.range    | hãy nhập số nguyên từ 0 đến 100",
        "99999999999999999999 | check.number.invalid | hãy nhập bằng các chữ số 0–9",
        "１                   | check.number.invalid | không phải \"１\"",
        "+1                   | check.number.invalid | không phải \"+1\"",
        "1,5                  | check.number.invalid | Ô này cần một số nguyên",
        "'  '                 | check.number.invalid | Ô này cần một số nguyên",
      })
  void aQuotaThatIsNotACountOfAwardsIsNamedAndNothingIsCreated(
      String typed, String key, String words) {
    NewConferenceController c = controller("2019-12-05");
    c.onOpen();
    fillValid();
    model.quotaProvincialProperty().set(typed);
    c.onCreate();
    Problem p = model.problems().get(NewConferenceModel.QUOTA_PROVINCIAL);
    assertThat(p.messageKey()).isEqualTo(key);
    assertThat(new Messages(Messages.VIETNAMESE).get(key, p.args().toArray())).contains(words);
    assertThat(service.list()).isEmpty();
  }

  @Test
  void aMissingPlaceIsShownAtThePlaceField() {
    NewConferenceController c = controller("2019-12-05");
    c.onOpen();
    fillValid();
    model.placeProperty().set("  ");
    c.onCreate();
    assertThat(model.problems()).containsOnlyKeys(NewConferenceModel.PLACE);
    assertThat(service.list()).isEmpty();
  }

  @Test
  void aValidFormCreatesTheConference() {
    NewConferenceController c = controller("2019-12-05");
    c.onOpen();
    fillValid();
    c.onCreate();
    assertThat(model.problems()).isEmpty();
    assertThat(service.list())
        .singleElement()
        .satisfies(s -> assertThat(s.title()).isEqualTo(model.titleProperty().get()));
    assertThat(events).last().asString().startsWith("created ");
  }

  private void fillValid() {
    model.clusterProperty().set("Khối thi đua các Sở, ngành Nội chính");
    model.placeProperty().set("Hội trường Sở Tư pháp");
    model.unitsProperty().set("Sở Tư pháp\nCông an tỉnh\nThanh tra tỉnh\n");
  }
}
