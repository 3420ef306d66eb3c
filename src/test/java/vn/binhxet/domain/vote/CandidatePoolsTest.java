package vn.binhxet.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.binhxet.domain.AwardCategory;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DemoConference;

/**
 * The demo's awards: rank 1 (Government flag) from all members, ranks 2 and 3 from units not
 * nominated for a higher award.
 */
class CandidatePoolsTest {
  private static final List<String> UNITS = DemoConference.UNITS;
  private static final String VAN_PHONG = "Văn phòng Tỉnh uỷ";
  private static final String TUYEN_GIAO = "Ban Tuyên giáo Tỉnh uỷ";
  private static final String KIEM_TRA = "Uỷ ban Kiểm tra Tỉnh uỷ";
  private static final String DAN_VAN = "Ban Dân vận Tỉnh uỷ";
  private static final String NOI_CHINH = DemoConference.HOST;
  private static final String BAO = "Báo Bắc Ninh";

  private static List<String> allBut(String... removed) {
    List<String> out = new ArrayList<>(UNITS);
    out.removeAll(List.of(removed));
    assertThat(out).hasSize(UNITS.size() - removed.length);
    return out;
  }

  /** The demo with the pools of its three awards replaced, in rank order. */
  private static Conference withPools(CandidatePool... pools) {
    Conference demo = DemoConference.create();
    List<AwardCategory> awards = new ArrayList<>();
    for (AwardCategory a : demo.awards()) {
      awards.add(
          new AwardCategory(
              a.name(), a.rank(), a.quota(), a.method(), a.rule(), pools[a.rank() - 1]));
    }
    return new Conference(
        demo.clusterName(),
        demo.reviewYear(),
        demo.title(),
        demo.heldOn(),
        demo.startsAt(),
        demo.place(),
        demo.hostUnitName(),
        demo.header(),
        demo.distribution(),
        demo.illustrative(),
        demo.members(),
        demo.participants(),
        awards,
        demo.votes(),
        demo.agenda());
  }

  static Stream<Arguments> pools() {
    Conference demo = DemoConference.create();
    // The Government flag among the provincial-flag nominees (Decree 91/2017 Art. 11).
    Conference flagFromFlags =
        withPools(
            CandidatePool.nomineesOf(2),
            CandidatePool.allMembers(),
            CandidatePool.notNominatedHigher());
    Conference allOpen =
        withPools(
            CandidatePool.allMembers(), CandidatePool.allMembers(), CandidatePool.allMembers());
    return Stream.of(
        // ALL_MEMBERS: every member, in member order, whoever was nominated before.
        Arguments.of("all members, nothing yet", demo, 1, Map.of(), UNITS),
        Arguments.of(
            "all members, after others",
            allOpen,
            3,
            Map.of(1, List.of(NOI_CHINH), 2, List.of(TUYEN_GIAO, DAN_VAN)),
            UNITS),
        // NOT_NOMINATED_HIGHER: nominees of higher awards (smaller rank) stand no more.
        Arguments.of("not nominated higher, nothing yet", demo, 2, Map.of(), UNITS),
        Arguments.of(
            "not nominated higher, after the flag",
            demo,
            2,
            Map.of(1, List.of(NOI_CHINH)),
            allBut(NOI_CHINH)),
        Arguments.of(
            "not nominated higher, after two awards",
            demo,
            3,
            Map.of(1, List.of(NOI_CHINH), 2, List.of(DAN_VAN, TUYEN_GIAO)),
            allBut(NOI_CHINH, TUYEN_GIAO, DAN_VAN)),
        Arguments.of(
            "not nominated higher keeps nominees of lower awards",
            demo,
            2,
            Map.of(1, List.of(NOI_CHINH), 3, List.of(BAO, KIEM_TRA)),
            allBut(NOI_CHINH)),
        Arguments.of(
            "not nominated higher keeps nominees of its own award (a runoff's round 1)",
            demo,
            2,
            Map.of(1, List.of(NOI_CHINH), 2, List.of(TUYEN_GIAO)),
            allBut(NOI_CHINH)),
        // NOMINEES_OF: only the source award's nominees, in member order.
        Arguments.of(
            "nominees of rank 2",
            flagFromFlags,
            1,
            Map.of(2, List.of(DAN_VAN, TUYEN_GIAO)),
            List.of(TUYEN_GIAO, DAN_VAN)),
        Arguments.of(
            "nominees of rank 2, not those of rank 3",
            flagFromFlags,
            1,
            Map.of(2, List.of(DAN_VAN), 3, List.of(VAN_PHONG, BAO)),
            List.of(DAN_VAN)),
        Arguments.of(
            "nominees of rank 2, none yet", flagFromFlags, 1, Map.of(3, List.of(BAO)), List.of()),
        Arguments.of(
            "rank 3 after a flag chosen among the provincial-flag nominees",
            flagFromFlags,
            3,
            Map.of(1, List.of(DAN_VAN), 2, List.of(TUYEN_GIAO, DAN_VAN)),
            allBut(TUYEN_GIAO, DAN_VAN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pools")
  void eachPoolAdmitsExactlyItsUnits(
      String description,
      Conference conference,
      int rank,
      Map<Integer, List<String>> nominated,
      List<String> eligible) {
    assertThat(CandidatePools.eligible(conference, rank, nominated))
        .containsExactlyElementsOf(eligible);
  }
}
