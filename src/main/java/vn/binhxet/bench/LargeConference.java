package vn.binhxet.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.CandidatePool;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.RulePreset;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.service.AwardDraft;
import vn.binhxet.service.NewConference;
import vn.binhxet.service.PersonDraft;
import vn.binhxet.service.StepDraft;

/**
 * Builds a large conference through the services a secretary's screens call, in the order the
 * screens call them: the new-conference form, the award editor, the people list, the agenda and its
 * notes, the check-in, then every vote in agenda order. Secret ballots are entered one ballot at a
 * time as the ballot-entry screen does; the others are show-of-hands tallies. The same seed gives
 * the same conference.
 */
final class LargeConference {
  /**
   * The awards, highest first; the first {@link Shape#secretAwards} are decided by secret ballot.
   */
  static final List<String> AWARDS =
      List.of(
          "Cờ thi đua của Chính phủ",
          "Cờ thi đua của UBND tỉnh",
          "Bằng khen của Thủ tướng Chính phủ",
          "Bằng khen của Chủ tịch UBND tỉnh",
          "Danh hiệu Tập thể lao động xuất sắc",
          "Bằng khen của Ban Thường vụ Tỉnh uỷ",
          "Bằng khen của Bộ trưởng Bộ Nội vụ",
          "Giấy khen của Trưởng khối thi đua",
          "Giấy khen của Giám đốc Sở Nội vụ",
          "Giấy khen của Ban Thi đua - Khen thưởng tỉnh",
          "Danh hiệu Tập thể lao động tiên tiến",
          "Giấy khen của Chủ tịch UBND huyện");

  private static final long SEED = 20241203L;

  /**
   * How large: {@code units} member units with {@code delegatesPerUnit} voting delegates each; the
   * first {@code secretAwards} of {@code awards} awards by secret ballot among {@code
   * candidatesPerSecret} units each (every delegate casts one ballot), the others by show of hands
   * among {@code handsOptions} units; the agenda grown to {@code steps} steps, each with a note of
   * {@code noteChars} characters; {@code extraTallies} corrections of a tally, timed.
   */
  record Shape(
      int units,
      int delegatesPerUnit,
      int awards,
      int secretAwards,
      int candidatesPerSecret,
      int handsOptions,
      int steps,
      int noteChars,
      int extraTallies) {
    /**
     * The conference: 200 units, 1,000 delegates, 12 awards, 5,000 ballots, 40 steps. 2,000
     * tally corrections counted (after {@link Bench#ENTRY_WARM_UP}): their p99 is then the 20th
     * slowest, not the 6th of 550, and moves less from run to run.
     */
    static final Shape FULL = new Shape(200, 5, 12, 5, 10, 4, 40, 3000, 2050);

    Shape {
      if (awards > AWARDS.size() || secretAwards > awards) {
        throw new IllegalArgumentException("at most " + AWARDS.size() + " awards");
      }
      int needed = secretAwards * candidatesPerSecret + (awards - secretAwards) * handsOptions;
      if (needed > units) {
        throw new IllegalArgumentException("candidates need " + needed + " units");
      }
    }

    int delegates() {
      return units * delegatesPerUnit;
    }

    int candidates() {
      return secretAwards * candidatesPerSecret;
    }

    int ballots() {
      return secretAwards * delegates();
    }
  }

  /** The conference built, and how long each timed entry took (nanoseconds, in entry order). */
  record Built(long conferenceId, Samples tallies, Samples ballots) {}

  private final BenchServices s;
  private final Shape shape;
  private final VietnameseText text = new VietnameseText(SEED);
  private final Random random = text.random();
  private final Log log;

  private final Runnable afterTimedEntry;

  LargeConference(BenchServices services, Shape shape, Log log) {
    this(services, shape, log, () -> {});
  }

  /**
   * @param afterTimedEntry run after each timed entry, untimed itself: the bench takes its baseline
   *     there, in the same conditions as the entries
   */
  LargeConference(BenchServices services, Shape shape, Log log, Runnable afterTimedEntry) {
    this.s = services;
    this.shape = shape;
    this.log = log;
    this.afterTimedEntry = afterTimedEntry;
  }

  Built build() {
    List<String> units = VietnameseText.units(shape.units());
    long id =
        s.conferences()
            .create(
                new NewConference(
                    "Khối thi đua các phòng, ban chuyên môn",
                    2024,
                    "Hội nghị bình xét và tổng kết công tác thi đua khen thưởng năm 2024",
                    LocalDate.of(2024, 12, 20),
                    "Hội trường Ủy ban nhân dân tỉnh",
                    DocumentStyle.STATE,
                    units,
                    1,
                    1,
                    1));
    awards(id);
    people(id, units);
    agenda(id, units);
    checkIn(id, units);
    return votes(id, units);
  }

  private void awards(long id) {
    for (int i = 0; i < shape.awards(); i++) {
      boolean secret = i < shape.secretAwards();
      AwardDraft draft =
          new AwardDraft(
              AWARDS.get(i),
              Integer.toString(1 + i % 3),
              secret ? VotingMethod.SECRET_BALLOT : VotingMethod.SHOW_OF_HANDS,
              secret ? RulePreset.CIRCULAR_35_2015 : RulePreset.CLUSTER_DEFAULT,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              i == 0 ? CandidatePool.Kind.ALL_MEMBERS : CandidatePool.Kind.NOT_NOMINATED_HIGHER,
              null);
      if (i < 3) {
        s.programme().changeAward(id, i + 1, draft);
      } else {
        s.programme().addAward(id, draft);
      }
    }
    log.say("bench.progress.awards", shape.awards());
  }

  private void people(long id, List<String> units) {
    List<String> names = text.people(shape.delegates());
    List<PersonDraft> drafts = new ArrayList<>();
    drafts.add(
        new PersonDraft(
            ParticipantKind.GUEST,
            "Nguyễn Văn Khách",
            "Phó Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh",
            null,
            "Hội đồng Thi đua - Khen thưởng tỉnh",
            Role.NONE,
            false));
    List<Role> roles =
        List.of(
            Role.CHAIR,
            Role.SECRETARY,
            Role.COUNTING_HEAD,
            Role.COUNTING_MEMBER,
            Role.COUNTING_MEMBER);
    for (int i = 0; i < names.size(); i++) {
      drafts.add(
          new PersonDraft(
              ParticipantKind.DELEGATE,
              names.get(i),
              text.title(),
              units.get(i / shape.delegatesPerUnit()),
              null,
              i < roles.size() ? roles.get(i) : Role.NONE,
              true));
    }
    s.preparation().addPeople(id, drafts);
    log.say("bench.progress.people", drafts.size());
  }

  private void agenda(long id, List<String> units) {
    int size = s.conferences().open(id).conference().agenda().size();
    for (int i = 0; size < shape.steps(); i++, size++) {
      // Before the conclusion, which stays last.
      s.programme()
          .addStep(
              id,
              size,
              new StepDraft(
                  AgendaStepKind.DISCUSSION,
                  "Tham luận của " + units.get(i % units.size()),
                  null,
                  false));
    }
    for (int position = 1; position <= shape.steps(); position++) {
      s.agenda().saveNotes(id, position, text.note(shape.noteChars()));
    }
    log.say("bench.progress.agenda", shape.steps());
  }

  private void checkIn(long id, List<String> units) {
    for (String unit : units) {
      s.votes().checkIn(id, unit, true);
    }
    int people = s.conferences().open(id).conference().participants().size();
    for (int position = 1; position <= people; position++) {
      s.votes().checkInDelegate(id, position, true);
    }
    log.say("bench.progress.checkIn", units.size(), people);
  }

  private Built votes(long id, List<String> units) {
    Conference c = s.conferences().open(id).conference();
    List<String> free = new ArrayList<>(units);
    Collections.shuffle(free, random);
    Samples tallies = new Samples();
    Samples ballots = new Samples();
    boolean corrected = false;
    for (AgendaStep step : c.agenda()) {
      if (step.votePosition() == null) {
        continue;
      }
      Vote vote = c.votes().get(step.votePosition() - 1);
      int position = step.votePosition();
      switch (vote.kind()) {
        case MOTION -> {
          RoundRef ref = s.votes().openRound(id, position, EntryMode.HANDS, null);
          s.entries().recordHands(ref, vote.subject(), new HandsCount(units.size() - 2, 1, 1));
          s.votes().closeRound(ref, true);
        }
        case CLUSTER_HEAD, DEPUTY_HEAD -> hands(id, position, units.subList(0, 2), null);
        case NOMINATION -> {
          if (vote.method() == VotingMethod.SECRET_BALLOT) {
            secret(id, position, vote.seats(), take(free, shape.candidatesPerSecret()), ballots);
          } else {
            hands(id, position, take(free, shape.handsOptions()), corrected ? null : tallies);
            corrected = true;
          }
        }
      }
    }
    return new Built(id, tallies, ballots);
  }

  /** A show of hands; {@code timed} non-null: the tallies are first corrected and timed. */
  private void hands(long id, int position, List<String> options, Samples timed) {
    RoundRef ref = s.votes().openRound(id, position, EntryMode.HANDS, options);
    int present = shape.units();
    if (timed != null) {
      for (int i = 0; i < shape.extraTallies(); i++) {
        String option = options.get(i % options.size());
        HandsCount count = anyCount(present);
        timed.measure(() -> s.entries().recordHands(ref, option, count));
        afterTimedEntry.run();
      }
    }
    // Distinct counts in favour: no tie across the last seat, so every vote is decided.
    List<Integer> forCounts = new ArrayList<>();
    while (forCounts.size() < options.size()) {
      int n = random.nextInt(present + 1);
      if (!forCounts.contains(n)) {
        forCounts.add(n);
      }
    }
    for (int i = 0; i < options.size(); i++) {
      int votesFor = forCounts.get(i);
      int against = random.nextInt(present - votesFor + 1);
      s.entries()
          .recordHands(
              ref, options.get(i), new HandsCount(votesFor, against, present - votesFor - against));
    }
    s.votes().closeRound(ref, true);
  }

  private HandsCount anyCount(int present) {
    int votesFor = random.nextInt(present + 1);
    int against = random.nextInt(present - votesFor + 1);
    return new HandsCount(votesFor, against, random.nextInt(present - votesFor - against + 1));
  }

  /** A secret ballot: every delegate's ballot entered one by one, each entry timed. */
  private void secret(long id, int position, int seats, List<String> options, Samples timed) {
    RoundRef ref = s.votes().openRound(id, position, EntryMode.BALLOTS, options);
    int voters = shape.delegates();
    s.entries().recordAccounting(ref, voters, voters, Map.of());
    // Some candidates are much liked, others little: the counts spread as in a real count.
    Map<String, Integer> weight = new HashMap<>();
    for (int i = 0; i < options.size(); i++) {
      weight.put(options.get(i), (options.size() - i) * (options.size() - i));
    }
    InvalidReason[] reasons = {InvalidReason.BLANK, InvalidReason.TOO_MANY, InvalidReason.NO_STAMP};
    for (int seq = 1; seq <= voters; seq++) {
      Ballot ballot =
          random.nextInt(50) == 0
              ? Ballot.invalid(seq, reasons[random.nextInt(reasons.length)])
              : Ballot.valid(seq, marks(options, weight, 1 + random.nextInt(seats)));
      timed.measure(() -> s.entries().recordBallot(ref, 1, ballot));
      afterTimedEntry.run();
      if (seq % 250 == 0) {
        log.say("bench.progress.ballots", position, seq, voters);
      }
    }
    s.votes().closeRound(ref, true);
  }

  private Map<String, Mark> marks(List<String> options, Map<String, Integer> weight, int count) {
    Map<String, Mark> marks = new LinkedHashMap<>();
    int total = weight.values().stream().mapToInt(Integer::intValue).sum();
    while (marks.size() < count) {
      int r = random.nextInt(total);
      for (String option : options) {
        r -= weight.get(option);
        if (r < 0) {
          marks.put(option, Mark.FOR);
          break;
        }
      }
    }
    return marks;
  }

  private static List<String> take(List<String> free, int n) {
    List<String> out = new ArrayList<>(free.subList(0, n));
    free.subList(0, n).clear();
    return out;
  }
}
