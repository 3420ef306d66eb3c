package vn.binhxet.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo conference: the 2018 year-end conference of the Bắc Ninh cluster of Party bodies
 * (../shared/seed, domain.md §6). The report names only the guest; everyone else appears by role.
 * It gives no vote counts, so the demo records none: its outcome is told by {@link #NOMINEES} and
 * {@link #NEXT_HEAD}.
 */
public final class DemoConference {
  private DemoConference() {}

  public static final String CLUSTER = "Khối thi đua các Ban cơ quan của Đảng";
  public static final String HOST = "Ban Nội chính Tỉnh uỷ";

  public static final List<String> UNITS =
      List.of(
          "Văn phòng Tỉnh uỷ",
          "Ban Tuyên giáo Tỉnh uỷ",
          "Ban Tổ chức Tỉnh uỷ",
          "Uỷ ban Kiểm tra Tỉnh uỷ",
          "Ban Dân vận Tỉnh uỷ",
          HOST,
          "Đảng uỷ Khối các cơ quan tỉnh",
          "Đảng uỷ Khối doanh nghiệp tỉnh",
          "Trường Chính trị Nguyễn Văn Cừ",
          "Báo Bắc Ninh",
          "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh");

  /** Next year's cluster head, as the conference chose. */
  public static final String NEXT_HEAD = "Ban Tuyên giáo Tỉnh uỷ";

  /** The units nominated, by award rank (index 0 is rank 1). */
  public static final List<List<String>> NOMINEES =
      List.of(
          List.of(HOST),
          List.of("Ban Tuyên giáo Tỉnh uỷ", "Ban Dân vận Tỉnh uỷ"),
          List.of(
              "Uỷ ban Kiểm tra Tỉnh uỷ",
              "Đảng uỷ Khối các cơ quan tỉnh",
              "Trường Chính trị Nguyễn Văn Cừ",
              "Báo Bắc Ninh"));

  public static Conference create() {
    VoteRule rule = RulePreset.CLUSTER_DEFAULT.rule();
    List<AwardCategory> awards =
        List.of(
            new AwardCategory(
                "Cờ thi đua của Chính phủ",
                1,
                1,
                VotingMethod.SECRET_BALLOT,
                rule,
                CandidatePool.allMembers()),
            new AwardCategory(
                "Cờ thi đua của UBND tỉnh",
                2,
                2,
                VotingMethod.SECRET_BALLOT,
                rule,
                CandidatePool.notNominatedHigher()),
            new AwardCategory(
                "Bằng khen của Chủ tịch UBND tỉnh",
                3,
                4,
                VotingMethod.SHOW_OF_HANDS,
                rule,
                CandidatePool.notNominatedHigher()));
    DefaultAgenda.Plan plan = DefaultAgenda.forAwards(awards, 2018);

    List<Participant> people = new ArrayList<>();
    people.add(
        new Participant(
            ParticipantKind.GUEST,
            "Nguyễn Trọng Bình",
            "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh, Phó Giám đốc Sở Nội vụ",
            null,
            "Hội đồng Thi đua - Khen thưởng tỉnh",
            Role.NONE,
            false));
    for (String unit : UNITS) {
      Role role = unit.equals(HOST) ? Role.CHAIR : Role.NONE;
      people.add(
          new Participant(
              ParticipantKind.DELEGATE, null, "Lãnh đạo " + unit, unit, null, role, true));
    }
    people.add(
        new Participant(
            ParticipantKind.DELEGATE, null, "Cán bộ " + HOST, HOST, null, Role.SECRETARY, false));
    // The counting committee is elected at the conference; the report names none of its members.
    people.add(
        new Participant(
            ParticipantKind.DELEGATE, null, null, null, null, Role.COUNTING_HEAD, false));
    for (int i = 0; i < 2; i++) {
      people.add(
          new Participant(
              ParticipantKind.DELEGATE, null, null, null, null, Role.COUNTING_MEMBER, false));
    }

    return new Conference(
        CLUSTER,
        2018,
        "Hội nghị bình xét và tổng kết công tác thi đua khen thưởng năm 2018",
        LocalDate.of(2018, 12, 3),
        null,
        "Hội trường " + HOST,
        HOST,
        new DocumentHeader(
            DocumentStyle.PARTY, "TỈNH ỦY BẮC NINH", "BAN NỘI CHÍNH", null, "Bắc Ninh"),
        "- Hội đồng Thi đua - Khen thưởng tỉnh;\n- Các đơn vị trong Khối;\n- Lưu.",
        true,
        UNITS.stream().map(Unit::named).toList(),
        people,
        awards,
        plan.votes(),
        plan.steps());
  }
}
