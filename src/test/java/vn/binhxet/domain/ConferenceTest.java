package vn.binhxet.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A conference whose references do not resolve is refused before anything can store it. */
class ConferenceTest {
  private static Conference with(UnaryOperator<Parts> change) {
    Conference d = DemoConference.create();
    Parts p =
        change.apply(
            new Parts(
                new ArrayList<>(d.members()),
                new ArrayList<>(d.participants()),
                new ArrayList<>(d.awards()),
                new ArrayList<>(d.votes()),
                new ArrayList<>(d.agenda()),
                d.hostUnitName()));
    return new Conference(
        d.clusterName(),
        d.reviewYear(),
        d.title(),
        d.heldOn(),
        d.startsAt(),
        d.place(),
        p.host,
        d.header(),
        d.distribution(),
        d.illustrative(),
        p.members,
        p.people,
        p.awards,
        p.votes,
        p.agenda);
  }

  record Parts(
      List<Unit> members,
      List<Participant> people,
      List<AwardCategory> awards,
      List<Vote> votes,
      List<AgendaStep> agenda,
      String host) {}

  static Stream<Arguments> brokenReferences() {
    return Stream.of(
        Arguments.of(
            "a unit listed twice",
            (UnaryOperator<Parts>)
                p -> {
                  p.members().add(Unit.named("Báo Bắc Ninh"));
                  return p;
                }),
        Arguments.of(
            "a host that is not a member",
            (UnaryOperator<Parts>)
                p ->
                    new Parts(
                        p.members(), p.people(), p.awards(), p.votes(), p.agenda(), "Sở Nội vụ")),
        Arguments.of(
            "a delegate of a unit that is not a member",
            (UnaryOperator<Parts>)
                p -> {
                  p.people()
                      .add(
                          new Participant(
                              ParticipantKind.DELEGATE,
                              null,
                              "Lãnh đạo",
                              "Sở Nội vụ",
                              null,
                              Role.NONE,
                              true));
                  return p;
                }),
        Arguments.of(
            "two awards of one rank",
            (UnaryOperator<Parts>)
                p -> {
                  AwardCategory a = p.awards().get(0);
                  p.awards()
                      .add(
                          new AwardCategory(
                              "Giấy khen", a.rank(), 1, a.method(), a.rule(), a.pool()));
                  return p;
                }),
        Arguments.of(
            "a pool taken from a missing award",
            (UnaryOperator<Parts>)
                p -> {
                  AwardCategory a = p.awards().remove(0);
                  p.awards()
                      .add(
                          0,
                          new AwardCategory(
                              a.name(),
                              a.rank(),
                              a.quota(),
                              a.method(),
                              a.rule(),
                              CandidatePool.nomineesOf(9)));
                  return p;
                }),
        Arguments.of(
            "a candidate that is not a member",
            (UnaryOperator<Parts>)
                p -> {
                  Vote v = p.votes().remove(p.votes().size() - 2);
                  p.votes()
                      .add(
                          p.votes().size() - 1,
                          new Vote(
                              v.kind(),
                              v.awardRank(),
                              v.subject(),
                              v.method(),
                              v.seats(),
                              v.headChoice(),
                              v.rule(),
                              v.visibility(),
                              List.of("Sở Nội vụ")));
                  return p;
                }),
        Arguments.of(
            "an agenda step naming a missing vote",
            (UnaryOperator<Parts>)
                p -> {
                  p.agenda()
                      .add(new AgendaStep(AgendaStepKind.OTHER, "Bầu Phó trưởng khối", 99, null));
                  return p;
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenReferences")
  void refusesAConferenceWithABrokenReference(String what, UnaryOperator<Parts> change) {
    assertThatThrownBy(() -> with(change)).isInstanceOf(IllegalArgumentException.class);
  }
}
