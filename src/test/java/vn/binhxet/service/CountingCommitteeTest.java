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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DefaultAgenda;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;

/**
 * An award decided by secret ballot brings the counting committee's election, as the default agenda
 * of a new conference has it. The conference: awards 1 and 2 by show of hands; steps 1 opening, 2
 * agenda approval, 3 report, 4 discussion, 5 criteria, 6 and 7 nominations, 8 head, 9 closing.
 */
class CountingCommitteeTest {
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

  static AwardDraft award(String name, VotingMethod method, CandidatePool.Kind pool) {
    return new AwardDraft(
        name,
        "1",
        method,
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

  static final Change ADD_SECRET =
      (s, id) ->
          s.programme()
              .addAward(
                  id,
                  award(
                      "Bằng khen của Chủ tịch UBND tỉnh",
                      VotingMethod.SECRET_BALLOT,
                      CandidatePool.Kind.NOT_NOMINATED_HIGHER));
  static final Change AWARD_2_TO_SECRET =
      (s, id) ->
          s.programme()
              .changeAward(
                  id,
                  2,
                  award(
                      "Cờ thi đua của UBND tỉnh",
                      VotingMethod.SECRET_BALLOT,
                      CandidatePool.Kind.NOT_NOMINATED_HIGHER));

  static Stream<Arguments> whereTheElectionGoes() {
    return Stream.of(
        Arguments.of("an award added by secret ballot", (Setup) (s, id) -> {}, ADD_SECRET, 3),
        Arguments.of(
            "an award switched to secret ballot", (Setup) (s, id) -> {}, AWARD_2_TO_SECRET, 3),
        Arguments.of(
            "once the criteria step started, after it",
            (Setup) (s, id) -> s.agenda().goToStep(id, 5),
            ADD_SECRET,
            6),
        Arguments.of(
            "while the first nomination is voted, after its step",
            (Setup)
                (s, id) -> {
                  s.agenda().goToStep(id, 6);
                  s.votes().openRound(id, 2, EntryMode.HANDS, List.of(PreparationRulesTest.A));
                },
            AWARD_2_TO_SECRET,
            7));
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
                    List.of(
                        PreparationRulesTest.A,
                        PreparationRulesTest.B,
                        PreparationRulesTest.C,
                        PreparationRulesTest.D),
                    1,
                    2,
                    0));
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  private Conference stored() {
    return s.conferences().open(id).conference();
  }

  private static long committees(Conference c) {
    return c.votes().stream()
        .filter(
            v ->
                v.kind() == VoteKind.MOTION && DefaultAgenda.COUNTING_COMMITTEE.equals(v.subject()))
        .count();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("whereTheElectionGoes")
  void aSecretBallotBringsTheCountingCommitteesElection(
      String what, Setup setup, Change change, int position) {
    setup.apply(s, id);
    int votesBefore = stored().votes().size();

    change.apply(s, id);

    Conference c = stored();
    assertThat(committees(c)).isEqualTo(1);
    AgendaStep step = c.agenda().get(position - 1);
    assertThat(step.title()).isEqualTo(DefaultAgenda.COUNTING_COMMITTEE);
    // Vote positions are stable: the election is appended after every vote there was.
    assertThat(c.votes().get(step.votePosition() - 1).subject())
        .isEqualTo(DefaultAgenda.COUNTING_COMMITTEE);
    assertThat(step.votePosition()).isGreaterThan(votesBefore);
    assertThat(s.audit().verify().mismatches()).isEmpty();
  }

  @Test
  void aSecondSecretBallotDoesNotElectASecondCommittee() {
    ADD_SECRET.apply(s, id);
    AWARD_2_TO_SECRET.apply(s, id);

    assertThat(committees(stored())).isEqualTo(1);
    assertThat(stored().agenda())
        .filteredOn(st -> st.title().equals(DefaultAgenda.COUNTING_COMMITTEE))
        .hasSize(1);
  }

  @Test
  void aShowOfHandsNeedsNoCommittee() {
    s.programme()
        .addAward(
            id,
            award(
                "Giấy khen", VotingMethod.SHOW_OF_HANDS, CandidatePool.Kind.NOT_NOMINATED_HIGHER));

    assertThat(committees(stored())).isZero();
    assertThat(stored().agenda()).hasSize(10);
  }

  @Test
  void aSwitchRefusedBecauseTheVoteBeganAddsNothing() {
    s.votes().openRound(id, 3, EntryMode.HANDS, List.of(PreparationRulesTest.C));
    Conference before = stored();

    assertThatThrownBy(() -> AWARD_2_TO_SECRET.apply(s, id))
        .isInstanceOf(InvalidInputException.class);

    assertThat(stored()).isEqualTo(before);
  }
}
