package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhxet.service.PreparationRulesTest.A;
import static vn.binhxet.service.PreparationRulesTest.B;
import static vn.binhxet.service.PreparationRulesTest.C;
import static vn.binhxet.service.PreparationRulesTest.D;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.ThresholdBase;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/** Preparation changes over a real database: what they store, and that the log stays whole. */
class PreparationServiceTest {
  static final String CLUSTER = "Khối thi đua các Sở, ngành Nội chính";

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private long conference(int year, List<String> units, int government, int provincial) {
    return s.conferences()
        .create(
            new NewConference(
                CLUSTER,
                year,
                "Hội nghị tổng kết năm " + year,
                LocalDate.of(year, 12, 5),
                "Hội trường Sở Tư pháp",
                DocumentStyle.STATE,
                units,
                government,
                provincial,
                0));
  }

  private Conference read(long id) {
    return s.conferences().open(id).conference();
  }

  @Test
  void aRenamedUnitIsRenamedInTheRoundsItStoodInAndTheLogStillVerifies() {
    long id = conference(2019, List.of(A, B, C, D), 1, 0);
    List.of(A, B, C, D).forEach(u -> s.votes().checkIn(id, u, true));
    RoundRef round = s.votes().openRound(id, 2, EntryMode.HANDS, List.of(A, B));
    s.entries().recordHands(round, A, new HandsCount(3, 1, 0));

    s.preparation().changeUnit(id, A, "Sở Tư pháp tỉnh", "STP");

    assertThat(s.votes().outcomes(id).get(1).rounds().get(0).setup().options())
        .containsExactly("Sở Tư pháp tỉnh", B);
    assertThat(s.votes().outcomes(id).get(1).rounds().get(0).hands().counts())
        .containsKey("Sở Tư pháp tỉnh");
    assertThat(read(id).members()).contains(new Unit("Sở Tư pháp tỉnh", "STP"));
    assertThat(s.audit().verify().mismatches()).isEmpty();
  }

  @Test
  void renamingAUnitLeavesTheNameItHasInAnotherConference() {
    long last = conference(2018, List.of(A, B), 1, 0);
    long now = conference(2019, List.of(A, B), 1, 0);

    s.preparation().changeUnit(now, A, "Sở Tư pháp tỉnh", null);

    assertThat(read(now).members()).extracting(Unit::name).containsExactly("Sở Tư pháp tỉnh", B);
    assertThat(read(last).members()).extracting(Unit::name).containsExactly(A, B);
  }

  @Test
  void twoConferencesOfOneClusterAndYearKeepTheirOwnUnits() {
    long first = conference(2019, List.of(A, B), 1, 0);
    long second = conference(2019, List.of(A, B), 1, 0);

    s.preparation().addUnit(second, C, null);
    s.preparation().removeUnit(second, A);

    assertThat(read(first).members()).extracting(Unit::name).containsExactly(A, B);
    assertThat(read(second).members()).extracting(Unit::name).containsExactly(B, C);
  }

  @Test
  void lastYearsUnitsAndDelegatesAreCarriedOverWithoutTheirRoles() {
    long last = conference(2018, List.of(A, B, C), 1, 0);
    s.preparation()
        .addPerson(
            last,
            new PersonDraft(
                ParticipantKind.DELEGATE, "Lê Văn Chính", "Giám đốc", A, null, Role.CHAIR, true));
    s.preparation()
        .addPerson(
            last,
            new PersonDraft(
                ParticipantKind.GUEST, "Trần Khách", null, null, "Sở Nội vụ", Role.NONE, false));
    long now = conference(2019, List.of(B, D), 1, 0);

    PreparationService.CarriedOver carried = s.preparation().carryOver(now);

    assertThat(carried.fromYear()).isEqualTo(2018);
    assertThat(carried.units()).isEqualTo(2);
    assertThat(carried.people()).isEqualTo(1);
    Conference c = read(now);
    assertThat(c.members()).extracting(Unit::name).containsExactly(B, D, A, C);
    assertThat(c.participants())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fullName()).isEqualTo("Lê Văn Chính");
              assertThat(p.unitName()).isEqualTo(A);
              assertThat(p.role()).isEqualTo(Role.NONE);
            });
    // A second carry-over finds nothing new.
    assertThat(s.preparation().carryOver(now).units()).isZero();
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void importedPeopleAreAddedTogetherAndOneRefusedRowKeepsThemAllOut() {
    long id = conference(2019, List.of(A, B), 1, 0);
    PersonDraft chair =
        new PersonDraft(ParticipantKind.DELEGATE, "Lê Văn Chính", null, A, null, Role.CHAIR, true);
    PersonDraft guest =
        new PersonDraft(
            ParticipantKind.GUEST, "Trần Khách", null, null, "Sở Nội vụ", Role.NONE, false);
    PersonDraft secondChair =
        new PersonDraft(ParticipantKind.DELEGATE, "Phạm An", null, B, null, Role.CHAIR, true);
    long logged = s.audit().verify().entries();

    assertThatThrownBy(() -> s.preparation().addPeople(id, List.of(chair, guest, secondChair)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("role"));
    assertThat(read(id).participants()).isEmpty();
    assertThat(s.audit().verify().entries()).isEqualTo(logged);

    Conference c = s.preparation().addPeople(id, List.of(chair, guest)).conference().conference();

    assertThat(c.participants())
        .extracting(p -> p.fullName())
        .containsExactly("Lê Văn Chính", "Trần Khách");
    assertThat(s.audit().verify().entries()).isEqualTo(logged + 1);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @Test
  void anAddedAwardGetsTheVoteAndStepANewConferenceGivesIt() {
    long grown = conference(2019, List.of(A, B, C), 1, 0);
    long made = conference(2019, List.of(A, B, C), 1, 2);

    s.programme().addAward(grown, PreparationRulesTest.award("Cờ thi đua của UBND tỉnh", "2"));

    Conference g = read(grown);
    Conference m = read(made);
    assertThat(g.awards()).isEqualTo(m.awards());
    assertThat(g.agenda())
        .extracting(AgendaStep::title)
        .isEqualTo(m.agenda().stream().map(AgendaStep::title).toList());
    assertThat(g.votes()).containsExactlyInAnyOrderElementsOf(m.votes());
    int step = 7; // the second nomination step
    assertThat(g.votes().get(g.agenda().get(step - 1).votePosition() - 1).awardRank()).isEqualTo(2);
  }

  @Test
  void renamingAnAwardRenamesItsNominationStep() {
    long id = conference(2019, List.of(A, B), 1, 0);
    s.programme().changeAward(id, 1, PreparationRulesTest.first("Cờ thi đua Chính phủ", "1"));
    assertThat(read(id).agenda())
        .extracting(AgendaStep::title)
        .contains("Bình xét, suy tôn: Cờ thi đua Chính phủ");
  }

  @Test
  void aStepWithANewMotionAddsTheMotionAndRemovingTheStepDropsIt() {
    long id = conference(2019, List.of(A, B), 1, 0);
    int votes = read(id).votes().size();

    Conference added =
        s.programme()
            .addStep(
                id,
                3,
                new StepDraft(AgendaStepKind.OTHER, "Thông qua quy chế làm việc", null, true))
            .conference()
            .conference();

    assertThat(added.votes()).hasSize(votes + 1);
    assertThat(added.votes().get(votes).kind()).isEqualTo(VoteKind.MOTION);
    assertThat(added.votes().get(votes).subject()).isEqualTo("Thông qua quy chế làm việc");
    assertThat(added.agenda().get(2).votePosition()).isEqualTo(votes + 1);

    Conference removed = s.programme().removeStep(id, 3).conference().conference();
    assertThat(removed.votes()).hasSize(votes);
    assertThat(s.audit().verify().intact()).isTrue();
  }

  @ParameterizedTest(name = "quorum {0}, threshold {1}: {2}")
  @CsvSource({
    "2/3, 70%, ",
    "2/3, 3/2, threshold",
    "abc, 1/2, quorum",
    "2/3, 101, threshold",
    "0/0, 1/2, quorum"
  })
  void anEditedRuleNamesTheFractionAtFault(String quorum, String threshold, String field) {
    long id = conference(2019, List.of(A, B), 1, 0);
    AwardDraft draft =
        new AwardDraft(
            "Cờ thi đua của Chính phủ",
            "1",
            VotingMethod.SECRET_BALLOT,
            null,
            VoterBasis.UNIT,
            Comparison.GE,
            quorum,
            Comparison.GT,
            threshold,
            ThresholdBase.VALID,
            "Quy chế của Khối",
            CandidatePool.Kind.ALL_MEMBERS,
            null);
    if (field == null) {
      Conference c = s.programme().changeAward(id, 1, draft).conference().conference();
      assertThat(c.awards().get(0).rule().preset()).isNull();
      assertThat(c.awards().get(0).rule().source()).isEqualTo("Quy chế của Khối");
      assertThat(c.votes().get(1).rule()).isEqualTo(c.awards().get(0).rule());
      assertThat(c.votes().get(1).method()).isEqualTo(VotingMethod.SECRET_BALLOT);
    } else {
      assertThatThrownBy(() -> s.programme().changeAward(id, 1, draft))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.problems()).extracting(Problem::field).containsExactly(field));
    }
  }

  @ParameterizedTest(name = "quota \"{0}\" is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "0",
        "-1",
        "101",
        "2147483647",
        "99999999999999999999",
        "１２",
        "12a",
        "1,5",
        "+3",
        "''",
        "'  '"
      })
  void anAwardQuotaThatIsNotACountFrom1To100IsRefusedAndTheAwardStays(String quota) {
    long id = conference(2019, List.of(A, B), 1, 0);
    Conference before = s.conferences().open(id).conference();
    long logged = s.audit().verify().entries();
    AwardDraft draft = PreparationRulesTest.first("Cờ thi đua của Chính phủ", quota);

    assertThatThrownBy(() -> s.programme().changeAward(id, 1, draft))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems()).extracting(Problem::field).containsExactly("quota");
              Problem p = e.problems().get(0);
              assertThat(
                      new Messages(java.util.Locale.ENGLISH)
                          .get(p.messageKey(), p.args().toArray()))
                  .contains("type a whole number from 1 to 100");
            });
    assertThat(s.conferences().open(id).conference()).isEqualTo(before);
    assertThat(s.audit().verify().entries()).isEqualTo(logged);
  }
}
