package vn.binhxet.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The default agenda of domain.md §2, built for a conference's awards: one nomination step per
 * award, highest first; a counting-committee election when any award is decided by secret ballot;
 * the cluster head chosen by election; the minutes approved by show of hands.
 *
 * <p>Step titles and motion subjects are conference data written in Vietnamese, because the
 * conference is held and minuted in Vietnamese whatever language the app's screens use.
 */
public final class DefaultAgenda {
  private DefaultAgenda() {}

  /**
   * The motion, and the title of its step, that elects the counting committee of a secret ballot.
   */
  public static final String COUNTING_COMMITTEE = "Bầu Ban kiểm phiếu";

  /** The votes of the agenda and its steps, which refer to the votes by position. */
  public record Plan(List<Vote> votes, List<AgendaStep> steps) {}

  public static Plan forAwards(List<AwardCategory> awards, int reviewYear) {
    List<Vote> votes = new ArrayList<>();
    List<AgendaStep> steps = new ArrayList<>();
    VoteRule motionRule = RulePreset.SIMPLE_MAJORITY.rule();

    steps.add(
        step(
            AgendaStepKind.OPENING,
            "Tuyên bố lý do, giới thiệu đại biểu; điểm danh các đơn vị thành viên",
            null));
    votes.add(motion("Thông qua chương trình hội nghị", motionRule));
    steps.add(
        step(AgendaStepKind.AGENDA_APPROVAL, "Thông qua chương trình hội nghị", votes.size()));
    boolean secret = awards.stream().anyMatch(a -> a.method() == VotingMethod.SECRET_BALLOT);
    if (secret) {
      votes.add(motion(COUNTING_COMMITTEE, motionRule));
      steps.add(step(AgendaStepKind.AGENDA_APPROVAL, COUNTING_COMMITTEE, votes.size()));
    }
    steps.add(
        step(
            AgendaStepKind.REPORT,
            "Báo cáo tổng kết công tác thi đua, khen thưởng năm "
                + reviewYear
                + " và phương hướng, nhiệm vụ năm "
                + (reviewYear + 1),
            null));
    steps.add(
        step(
            AgendaStepKind.DISCUSSION,
            "Thảo luận của các đơn vị thành viên; phát biểu của đại biểu khách mời",
            null));
    steps.add(
        step(
            AgendaStepKind.CRITERIA,
            "Thống nhất tiêu chuẩn và số lượng đề nghị khen thưởng",
            null));
    awards.stream()
        .sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
        .forEach(
            a -> {
              votes.add(nomination(a));
              steps.add(step(AgendaStepKind.NOMINATION, nominationTitle(a.name()), votes.size()));
            });
    votes.add(
        new Vote(
            VoteKind.CLUSTER_HEAD,
            null,
            null,
            VotingMethod.SHOW_OF_HANDS,
            1,
            HeadChoice.ELECTION,
            motionRule,
            ResultVisibility.LIVE,
            List.of()));
    steps.add(
        step(
            AgendaStepKind.CLUSTER_HEAD,
            "Bầu đơn vị Trưởng khối năm " + (reviewYear + 1),
            votes.size()));
    votes.add(motion("Thông qua biên bản hội nghị", motionRule));
    steps.add(
        step(
            AgendaStepKind.CONCLUSION,
            "Kết luận của chủ trì; thông qua biên bản hội nghị; bế mạc",
            votes.size()));
    return new Plan(List.copyOf(votes), List.copyOf(steps));
  }

  /**
   * The vote that nominates for an award: its seats are the quota; a secret ballot's result is
   * shown only once final.
   */
  public static Vote nomination(AwardCategory a) {
    return new Vote(
        VoteKind.NOMINATION,
        a.rank(),
        null,
        a.method(),
        a.quota(),
        null,
        a.rule(),
        a.method() == VotingMethod.SECRET_BALLOT ? ResultVisibility.FINAL : ResultVisibility.LIVE,
        List.of());
  }

  /** The title of the agenda step that nominates for the award of this name. */
  public static String nominationTitle(String awardName) {
    return "Bình xét, suy tôn: " + awardName;
  }

  /** A motion put to a show of hands, decided by a simple majority. */
  public static Vote motion(String subject) {
    return motion(subject, RulePreset.SIMPLE_MAJORITY.rule());
  }

  private static Vote motion(String subject, VoteRule rule) {
    return new Vote(
        VoteKind.MOTION,
        null,
        subject,
        VotingMethod.SHOW_OF_HANDS,
        1,
        null,
        rule,
        ResultVisibility.LIVE,
        List.of());
  }

  private static AgendaStep step(AgendaStepKind kind, String title, Integer vote) {
    return new AgendaStep(kind, title, vote, null);
  }
}
