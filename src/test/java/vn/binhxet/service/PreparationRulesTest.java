package vn.binhxet.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * What may change once recording has begun (decision 0011): each case sets a state, tries one
 * change, and expects it made or refused with its message, the conference left as it was and the
 * audit log verifiable either way.
 *
 * <p>The conference: units A, B, C, D; award 1 (vote 2, step 6) and award 2 (vote 3, step 7), both
 * by show of hands; vote 1 approves the agenda in step 2.
 */
class PreparationRulesTest {
  static final String A = "Sở Tư pháp";
  static final String B = "Công an tỉnh";
  static final String C = "Thanh tra tỉnh";
  static final String D = "Sở Nội vụ";

  @TempDir Path dir;
  private Database db;
  private Fakes.Stack s;
  private long id;

  interface Setup {
    void apply(Fakes.Stack s, long id);
  }

  interface Change {
    Prepared apply(Fakes.Stack s, long id);
  }

  static final Setup NOTHING = (s, id) -> {};
  static final Setup A_CHECKED_IN = (s, id) -> s.votes().checkIn(id, A, true);
  static final Setup AWARD_1_ROUND =
      (s, id) -> s.votes().openRound(id, 2, EntryMode.HANDS, List.of(A, B));
  static final Setup AWARD_2_ROUND =
      (s, id) -> s.votes().openRound(id, 3, EntryMode.HANDS, List.of(C));
  static final Setup GUEST_CHECKED_IN =
      (s, id) -> {
        s.preparation().addPerson(id, guest("Nguyễn Văn An"));
        s.votes().checkInDelegate(id, 1, true);
      };
  static final Setup DELEGATE_OF_D =
      (s, id) ->
          s.preparation()
              .addPerson(
                  id,
                  new PersonDraft(
                      ParticipantKind.DELEGATE, null, "Giám đốc", D, null, Role.NONE, true));
  static final Setup A_CHAIR =
      (s, id) ->
          s.preparation()
              .addPerson(
                  id,
                  new PersonDraft(
                      ParticipantKind.DELEGATE, "Lê Văn C", null, A, null, Role.CHAIR, true));
  static final Setup STEP_1_STARTED = (s, id) -> s.agenda().goToStep(id, 1);
  static final Setup STEP_3_NOTES = (s, id) -> s.agenda().saveNotes(id, 3, "Đồng chí … trình bày");

  static PersonDraft guest(String name) {
    return new PersonDraft(
        ParticipantKind.GUEST, name, "Phó Giám đốc", null, "Sở Nội vụ", Role.NONE, false);
  }

  static AwardDraft award(String name, String quota) {
    return award(name, quota, CandidatePool.Kind.NOT_NOMINATED_HIGHER);
  }

  /** Award 1 takes its candidates from all members, as a new conference's first award does. */
  static AwardDraft first(String name, String quota) {
    return award(name, quota, CandidatePool.Kind.ALL_MEMBERS);
  }

  static AwardDraft award(String name, String quota, CandidatePool.Kind pool) {
    return new AwardDraft(
        name,
        quota,
        VotingMethod.SHOW_OF_HANDS,
        RulePreset.CLUSTER_DEFAULT,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        pool,
        null);
  }

  static Arguments allowed(String what, Setup setup, Change change) {
    return Arguments.of(what, setup, change, null);
  }

  static Arguments refused(String what, Setup setup, Change change, String key) {
    return Arguments.of(what, setup, change, key);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        allowed(
            "remove a unit before anything", NOTHING, (s, id) -> s.preparation().removeUnit(id, D)),
        refused(
            "remove a unit checked in",
            A_CHECKED_IN,
            (s, id) -> s.preparation().removeUnit(id, A),
            "prep.unit.checkedIn"),
        refused(
            "remove a unit that stands in a round",
            AWARD_1_ROUND,
            (s, id) -> s.preparation().removeUnit(id, B),
            "prep.unit.inRound"),
        allowed(
            "remove a unit outside every round",
            AWARD_1_ROUND,
            (s, id) -> s.preparation().removeUnit(id, D)),
        refused(
            "remove a unit with a delegate",
            DELEGATE_OF_D,
            (s, id) -> s.preparation().removeUnit(id, D),
            "prep.unit.hasPeople"),
        allowed(
            "rename a unit that stands in a round",
            AWARD_1_ROUND,
            (s, id) -> s.preparation().changeUnit(id, A, "Sở Tư pháp tỉnh", "STP")),
        refused(
            "rename a unit to another member's name",
            NOTHING,
            (s, id) -> s.preparation().changeUnit(id, A, "công an tỉnh", null),
            "prep.unit.duplicate"),
        allowed(
            "reorder units after a round",
            AWARD_1_ROUND,
            (s, id) -> s.preparation().moveUnit(id, D, 1)),
        allowed(
            "add a late guest while a vote runs",
            AWARD_1_ROUND,
            (s, id) -> s.preparation().addPerson(id, guest("Trần Thị Bình"))),
        allowed(
            "edit a guest who checked in",
            GUEST_CHECKED_IN,
            (s, id) -> s.preparation().changePerson(id, 1, guest("Nguyễn Văn Ân"))),
        refused(
            "remove a guest who checked in",
            GUEST_CHECKED_IN,
            (s, id) -> s.preparation().removePerson(id, 1),
            "prep.person.checkedIn"),
        refused(
            "a second chair",
            A_CHAIR,
            (s, id) ->
                s.preparation()
                    .addPerson(
                        id,
                        new PersonDraft(
                            ParticipantKind.DELEGATE, "Lê Văn D", null, B, null, Role.CHAIR, true)),
            "prep.person.roleTaken"),
        allowed(
            "change an award's quota before its vote",
            AWARD_2_ROUND,
            (s, id) -> s.programme().changeAward(id, 1, first("Cờ thi đua của Chính phủ", "2"))),
        refused(
            "change an award's quota once its vote began",
            AWARD_1_ROUND,
            (s, id) -> s.programme().changeAward(id, 1, first("Cờ thi đua của Chính phủ", "2")),
            "prep.award.begun"),
        allowed(
            "rename an award once its vote began",
            AWARD_1_ROUND,
            (s, id) -> s.programme().changeAward(id, 1, first("Cờ thi đua Chính phủ", "1"))),
        allowed(
            "reorder awards before any nomination",
            A_CHECKED_IN,
            (s, id) -> s.programme().moveAward(id, 2, 1)),
        refused(
            "reorder awards once a nomination began",
            AWARD_2_ROUND,
            (s, id) -> s.programme().moveAward(id, 2, 1),
            "prep.award.orderFrozen"),
        allowed(
            "remove an award before anything",
            NOTHING,
            (s, id) -> s.programme().removeAward(id, 2)),
        refused(
            "remove an award once its vote began",
            AWARD_1_ROUND,
            (s, id) -> s.programme().removeAward(id, 1),
            "prep.award.begun"),
        refused(
            "remove an award when a later vote began",
            AWARD_2_ROUND,
            (s, id) -> s.programme().removeAward(id, 1),
            "prep.vote.laterBegun"),
        allowed(
            "add an award once voting began",
            AWARD_1_ROUND,
            (s, id) -> s.programme().addAward(id, award("Bằng khen của Chủ tịch UBND tỉnh", "3"))),
        refused(
            "an award with a quota of none",
            NOTHING,
            (s, id) -> s.programme().addAward(id, award("Giấy khen", "0")),
            "prep.award.quota"),
        allowed(
            "rename a step that started",
            STEP_1_STARTED,
            (s, id) ->
                s.programme()
                    .changeStep(
                        id, 1, new StepDraft(AgendaStepKind.OPENING, "Khai mạc", null, false))),
        refused(
            "change what happens in a step that started",
            STEP_1_STARTED,
            (s, id) ->
                s.programme()
                    .changeStep(
                        id, 1, new StepDraft(AgendaStepKind.OTHER, "Khai mạc", null, false)),
            "prep.step.startedLink"),
        refused(
            "remove a step that started",
            STEP_1_STARTED,
            (s, id) -> s.programme().removeStep(id, 1),
            "prep.step.started"),
        refused(
            "move a step that started",
            STEP_1_STARTED,
            (s, id) -> s.programme().moveStep(id, 1, 3),
            "prep.step.started"),
        refused(
            "remove a step with notes",
            STEP_3_NOTES,
            (s, id) -> s.programme().removeStep(id, 3),
            "prep.step.hasNotes"),
        allowed(
            "add a step once the conference runs",
            STEP_1_STARTED,
            (s, id) ->
                s.programme()
                    .addStep(
                        id,
                        2,
                        new StepDraft(AgendaStepKind.OTHER, "Văn nghệ chào mừng", null, false))),
        allowed(
            "edit the header once voting began",
            AWARD_1_ROUND,
            (s, id) ->
                s.preparation()
                    .setHeader(
                        id,
                        DocumentStyle.PARTY,
                        "TỈNH ỦY BẮC NINH",
                        "BAN NỘI CHÍNH",
                        "05-BB/BNC",
                        "Bắc Ninh",
                        "- Lưu.")));
  }

  @BeforeEach
  void setUp() {
    db = Database.open(dir);
    s = Fakes.stack(db, Clock.systemUTC());
    id =
        s.conferences()
            .create(
                new NewConference(
                    "Khối thi đua các Sở, ngành Nội chính",
                    2019,
                    "Hội nghị tổng kết năm 2019",
                    LocalDate.of(2019, 12, 5),
                    "Hội trường Sở Tư pháp",
                    DocumentStyle.STATE,
                    List.of(A, B, C, D),
                    1,
                    2,
                    0));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aChangeIsMadeOrRefusedByWhatWasRecorded(
      String what, Setup setup, Change change, String refusal) {
    setup.apply(s, id);
    SavedConference before = s.conferences().open(id);
    if (refusal == null) {
      Prepared after = change.apply(s, id);
      assertThat(after.conference()).isEqualTo(s.conferences().open(id));
      assertThat(after.conference().conference()).isNotEqualTo(before.conference());
    } else {
      assertThatThrownBy(() -> change.apply(s, id))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.problems()).extracting(Problem::messageKey).contains(refusal));
      assertThat(s.conferences().open(id)).isEqualTo(before);
    }
    assertThat(s.audit().verify().mismatches()).isEmpty();
  }
}
