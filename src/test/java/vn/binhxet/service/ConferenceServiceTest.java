package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.AuditTrail;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.persistence.Database;
import vn.binhxet.persistence.JooqAuditLogRepository;
import vn.binhxet.persistence.JooqConferenceRepository;
import vn.binhxet.persistence.JooqTransactionRunner;

/** The use cases over a real database file. */
class ConferenceServiceTest {
  @TempDir Path dir;
  private Database db;
  private ConferenceService service;
  private AuditTrail audit;

  @BeforeEach
  void open() {
    db = Database.open(dir);
    Clock clock = Clock.fixed(Instant.parse("2019-12-05T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    audit = new AuditTrail(new JooqAuditLogRepository(db.dsl()), clock);
    service =
        new ConferenceService(
            new JooqTransactionRunner(db.dsl()),
            new JooqConferenceRepository(db.dsl()),
            audit,
            clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static NewConference valid() {
    return new NewConference(
        "Khối thi đua các Sở, ngành Nội chính",
        2019,
        "Hội nghị tổng kết\nnăm 2019",
        LocalDate.of(2019, 12, 5),
        "Hội trường Sở Tư pháp",
        DocumentStyle.STATE,
        List.of("Sở Tư pháp", " Công an tỉnh ", "", "Thanh tra tỉnh"),
        0,
        2,
        3);
  }

  @Test
  void eachDemoIsANewConferenceAndLeavesAnAuditTrail() {
    long first = service.createDemo();
    long second = service.createDemo();
    assertThat(second).isGreaterThan(first);
    assertThat(service.list()).extracting(s -> s.id()).containsExactlyInAnyOrder(first, second);
    assertThat(service.open(first).conference()).isEqualTo(DemoConference.create());
    assertThat(new JooqAuditLogRepository(db.dsl()).all())
        .extracting(e -> e.action())
        .containsExactly("CONFERENCE_CREATED", "CONFERENCE_CREATED");
    assertThat(db.dsl().transactionResult(() -> audit.brokenAt())).isEmpty();
  }

  @Test
  void aNewConferenceGetsTheDefaultAgendaForTheAwardsItGrants() {
    long id = service.create(valid());
    var c = service.open(id).conference();
    assertThat(c.title()).isEqualTo("Hội nghị tổng kết năm 2019");
    assertThat(c.members())
        .extracting(u -> u.name())
        .containsExactly("Sở Tư pháp", "Công an tỉnh", "Thanh tra tỉnh");
    assertThat(c.awards())
        .extracting(a -> a.name() + ":" + a.quota() + ":" + a.rank())
        .containsExactly("Cờ thi đua của UBND tỉnh:2:1", "Bằng khen của Chủ tịch UBND tỉnh:3:2");
    assertThat(c.votes()).filteredOn(v -> v.kind() == VoteKind.NOMINATION).hasSize(2);
    assertThat(c.header().style()).isEqualTo(DocumentStyle.STATE);
  }

  @Test
  void theUnitsOfLastYearAreOfferedForTheNextConference() {
    service.create(valid());
    assertThat(service.previousMembers("Khối thi đua các Sở, ngành Nội chính", 2020))
        .containsExactly("Sở Tư pháp", "Công an tỉnh", "Thanh tra tỉnh");
    assertThat(service.previousMembers("Khối thi đua các Sở, ngành Nội chính", 2019)).isEmpty();
  }

  static Stream<Arguments> badForms() {
    return Stream.of(
        Arguments.of(
            "cluster",
            (UnaryOperator<NewConference>)
                f -> copy(f, " ", f.reviewYear(), f.unitNames(), f.certificateQuota())),
        Arguments.of(
            "year",
            (UnaryOperator<NewConference>)
                f -> copy(f, f.clusterName(), 1800, f.unitNames(), f.certificateQuota())),
        Arguments.of(
            "units",
            (UnaryOperator<NewConference>)
                f ->
                    copy(
                        f,
                        f.clusterName(),
                        f.reviewYear(),
                        List.of(" ", ""),
                        f.certificateQuota())),
        Arguments.of(
            "units",
            (UnaryOperator<NewConference>)
                f ->
                    copy(
                        f,
                        f.clusterName(),
                        f.reviewYear(),
                        List.of("Sở Tư pháp", "Sở Tư pháp"),
                        f.certificateQuota())),
        Arguments.of(
            "quota.certificate",
            (UnaryOperator<NewConference>)
                f -> copy(f, f.clusterName(), f.reviewYear(), f.unitNames(), -1)));
  }

  private static NewConference copy(
      NewConference f, String cluster, int year, List<String> units, int certificate) {
    return new NewConference(
        cluster,
        year,
        f.title(),
        f.heldOn(),
        f.place(),
        f.style(),
        units,
        f.governmentFlagQuota(),
        f.provincialFlagQuota(),
        certificate);
  }

  @ParameterizedTest(name = "a bad {0} is named and nothing is stored")
  @MethodSource("badForms")
  void aBadFormNamesTheFieldAndStoresNothing(String field, UnaryOperator<NewConference> spoil) {
    service.createDemo();
    var before = service.list();
    int auditBefore = new JooqAuditLogRepository(db.dsl()).all().size();

    assertThatThrownBy(() -> service.create(spoil.apply(valid())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::field).contains(field));
    assertThat(service.list()).isEqualTo(before);
    assertThat(new JooqAuditLogRepository(db.dsl()).all()).hasSize(auditBefore);
  }

  @Test
  void aMissingConferenceIsReportedByItsNumber() {
    assertThatThrownBy(() -> service.open(4711))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo(4711));
  }
}
