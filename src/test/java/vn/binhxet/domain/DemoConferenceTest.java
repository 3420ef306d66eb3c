package vn.binhxet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo is the 2018 Bắc Ninh conference of ../shared/seed, as domain.md §6 tells it. */
class DemoConferenceTest {
  private final Conference demo = DemoConference.create();

  @Test
  void isTheBacNinhConferenceOfDecember2018() {
    assertThat(demo.clusterName()).isEqualTo("Khối thi đua các Ban cơ quan của Đảng");
    assertThat(demo.heldOn()).isEqualTo(LocalDate.of(2018, 12, 3));
    assertThat(demo.reviewYear()).isEqualTo(2018);
    assertThat(demo.hostUnitName()).isEqualTo("Ban Nội chính Tỉnh uỷ");
    assertThat(demo.header().style()).isEqualTo(DocumentStyle.PARTY);
    assertThat(demo.illustrative()).isTrue();
  }

  @Test
  void hasTheElevenMemberUnitsOfTheReport() {
    assertThat(demo.members())
        .extracting(Unit::name)
        .hasSize(11)
        .doesNotHaveDuplicates()
        .contains("Văn phòng Tỉnh uỷ", "Báo Bắc Ninh", "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh");
  }

  @ParameterizedTest(name = "rank {0}: {1}, quota {2}")
  @CsvSource({
    "1, Cờ thi đua của Chính phủ, 1",
    "2, Cờ thi đua của UBND tỉnh, 2",
    "3, Bằng khen của Chủ tịch UBND tỉnh, 4"
  })
  void hasTheThreeAwardsWithTheirQuotas(int rank, String name, int quota) {
    AwardCategory award = demo.award(rank);
    assertThat(award.name()).isEqualTo(name);
    assertThat(award.quota()).isEqualTo(quota);
    assertThat(award.rule()).isEqualTo(RulePreset.CLUSTER_DEFAULT.rule());
    assertThat(demo.votes())
        .filteredOn(v -> v.kind() == VoteKind.NOMINATION && v.awardRank() == rank)
        .singleElement()
        .extracting(Vote::seats)
        .isEqualTo(quota);
  }

  @Test
  void theOutcomeFitsTheQuotasAndNamesOnlyMembers() {
    List<String> members = demo.members().stream().map(Unit::name).toList();
    for (int rank = 1; rank <= 3; rank++) {
      List<String> nominees = DemoConference.NOMINEES.get(rank - 1);
      assertThat(nominees).hasSize(demo.award(rank).quota());
      assertThat(members).containsAll(nominees);
    }
    assertThat(DemoConference.NOMINEES.stream().flatMap(List::stream))
        .as("a unit receives one award a year")
        .doesNotHaveDuplicates();
    assertThat(members).contains(DemoConference.NEXT_HEAD);
  }

  @Test
  void nextYearsClusterHeadIsToBeElected() {
    assertThat(demo.votes())
        .filteredOn(v -> v.kind() == VoteKind.CLUSTER_HEAD)
        .singleElement()
        .satisfies(v -> assertThat(v.headChoice()).isEqualTo(HeadChoice.ELECTION));
  }

  @Test
  void onlyTheGuestIsNamedEveryoneElseAppearsByRole() {
    assertThat(demo.participants())
        .filteredOn(p -> p.fullName() != null)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fullName()).isEqualTo("Nguyễn Trọng Bình");
              assertThat(p.kind()).isEqualTo(ParticipantKind.GUEST);
            });
    assertThat(demo.withRole(Role.CHAIR))
        .singleElement()
        .extracting(Participant::unitName)
        .isEqualTo(DemoConference.HOST);
    assertThat(demo.withRole(Role.SECRETARY)).hasSize(1);
    assertThat(demo.withRole(Role.COUNTING_HEAD)).hasSize(1);
    assertThat(demo.withRole(Role.COUNTING_MEMBER)).hasSize(2);
  }

  @Test
  void theAgendaFollowsDomainSectionTwoWithOneStepPerAward() {
    assertThat(demo.agenda())
        .extracting(AgendaStep::kind)
        .containsExactly(
            AgendaStepKind.OPENING,
            AgendaStepKind.AGENDA_APPROVAL,
            AgendaStepKind.AGENDA_APPROVAL,
            AgendaStepKind.REPORT,
            AgendaStepKind.DISCUSSION,
            AgendaStepKind.CRITERIA,
            AgendaStepKind.NOMINATION,
            AgendaStepKind.NOMINATION,
            AgendaStepKind.NOMINATION,
            AgendaStepKind.CLUSTER_HEAD,
            AgendaStepKind.CONCLUSION);
    for (AgendaStep step : demo.agenda()) {
      if (step.kind() == AgendaStepKind.NOMINATION) {
        Vote vote = demo.votes().get(step.votePosition() - 1);
        assertThat(step.title()).endsWith(demo.award(vote.awardRank()).name());
      }
    }
  }
}
