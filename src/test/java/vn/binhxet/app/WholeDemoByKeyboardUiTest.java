package vn.binhxet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.DemoConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.service.ConferenceResults;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;
import vn.binhxet.ui.common.SynchronousTaskRunner;

/**
 * The whole demo conference run through the real main window with the keyboard only: the conference
 * opened from the list, every unit checked in, the agenda stepped, every vote taken (hands counted,
 * hands ticked, a secret ballot entered ballot by ballot twice and reconciled, a secret ballot's
 * totals, a tie and its runoff, next year's head), and then the results read back from the
 * database. Tasks run at once, so each key's effect is stored before the next is typed.
 */
@ExtendWith(ApplicationExtension.class)
class WholeDemoByKeyboardUiTest {
  private static final String VPTU = "Văn phòng Tỉnh uỷ";
  private static final String BTG = "Ban Tuyên giáo Tỉnh uỷ";
  private static final String BTC = "Ban Tổ chức Tỉnh uỷ";
  private static final String UBKT = "Uỷ ban Kiểm tra Tỉnh uỷ";
  private static final String BDV = "Ban Dân vận Tỉnh uỷ";
  private static final String BNC = DemoConference.HOST;
  private static final String DUKCQ = "Đảng uỷ Khối các cơ quan tỉnh";
  private static final String DUKDN = "Đảng uỷ Khối doanh nghiệp tỉnh";
  private static final String TCT = "Trường Chính trị Nguyễn Văn Cừ";
  private static final String BBN = "Báo Bắc Ninh";
  private static final String BVSK = "Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh";

  @TempDir static Path dir;
  // The database and the conference to rehearse on are made before the window: opening H2 and
  // migrating it takes longer on a loaded machine than TestFX allows its start.
  private static Services services;
  private static long id;
  private static List<AgendaStep> agenda;
  private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
  private MainWindow window;
  private Stage stage;

  @BeforeAll
  static void rehearsal() {
    services = Services.open(dir.resolve("data"), Clock.systemUTC());
    id = services.demo().createToRehearse();
    agenda = services.conferences().open(id).conference().agenda();
  }

  @AfterAll
  static void closeDatabase() {
    services.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window =
        TestWindow.over(
            stage,
            services,
            null,
            new SynchronousTaskRunner(),
            dialogs,
            new Fakes.Settings(),
            new I18n(vn.binhxet.service.Messages.VIETNAMESE),
            "test");
    Scene scene = new Scene(window.root(), 1366, 768);
    scene.getStylesheets().add(Styles.STYLESHEET);
    stage.setScene(scene);
    stage.show();
    window.start();
  }

  @org.junit.jupiter.api.AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(window::close);
  }

  @Test
  void theWholeDemoRunByKeyboardStoresTheOutcomeOf2018(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "conference-list".equals(focused()));
    robot.type(KeyCode.HOME);
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup(DemoConference.CLUSTER).tryQuery().isPresent());

    // The tabs of the conference: the first is the agenda stepper, the second the check-in.
    tabInto(robot, "conference-tabs");
    robot.type(KeyCode.HOME).type(KeyCode.RIGHT);
    tabInto(robot, "checkin-units");
    robot.type(KeyCode.HOME);
    for (int i = 0; i < DemoConference.UNITS.size(); i++) {
      if (i > 0) {
        robot.type(KeyCode.DOWN);
      }
      robot.type(KeyCode.SPACE);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#checkin-quorum").queryLabeled().getText())
        .startsWith("Có mặt 11/11 đơn vị — đủ số lượng");
    assertThat(services.votes().attendance(id))
        .as("every unit checked in")
        .hasSize(11)
        .allSatisfy((unit, present) -> assertThat(present).isTrue());

    nextTab(robot);
    tabInto(robot, "voting-votes");

    // 1. The agenda, approved by raised hands all ticked at once.
    stepTo(robot, 1);
    enterVote(robot, 1);
    openIn(robot, 1);
    expectFocus("voting-raised-units");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.type(KeyCode.ENTER);
    expectFocus("voting-close");
    robot.type(KeyCode.ENTER);
    expectFocus("voting-votes");

    // 2. The counting committee, by hands counted.
    stepTo(robot, 2);
    enterVote(robot, 2);
    openIn(robot, 0);
    expectFocus("voting-0-0");
    typeAll(robot, "11", "0", "0");
    closeRound(robot);

    // 3. The Government flag: ballot by ballot, twice, blind; one slip undone, one difference
    // reconciled from the paper.
    stepTo(robot, 3);
    enterVote(robot, 3);
    openIn(robot, 2);
    expectFocus("voting-issued");
    typeAll(robot, "11", "11");
    expectFocus("voting-ballot-input");
    List<String> flag = round(3).setup().options();
    String host = number(flag, BNC);
    String btg = number(flag, BTG);
    String bdv = number(flag, BDV);
    typeAll(robot, host, host, host, host, host, bdv);
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    typeAll(robot, host, host, host, host, btg);
    assertThat(round(3).first()).as("pass 1 without the slip").hasSize(10);
    typeAll(robot, "/3");
    expectFocus("voting-ballot-input");
    assertThat(round(3).first()).hasSize(11);
    typeAll(robot, host, bdv, host, host, host, host, host, host, host, btg, "/3");
    expectFocus("voting-reconcile-input");
    typeAll(robot, host);
    expectFocus("voting-close");
    robot.type(KeyCode.ENTER);
    expectFocus("voting-votes");

    // 4. The provincial flag: the committee's totals.
    stepTo(robot, 4);
    enterVote(robot, 4);
    openIn(robot, 0);
    expectFocus("voting-issued");
    // Issued, collected, then the invalid ballots by reason: one marked more than the quota.
    typeAll(robot, "11", "11", "", "1", "", "", "", "", "");
    expectFocus("voting-0-0");
    typeTotals(robot, 4, Map.of(BTG, 9, BDV, 8, UBKT, 2, DUKCQ, 1));
    closeRound(robot);

    // 5. The chair's certificate by hands: three units tie across the last two seats...
    stepTo(robot, 5);
    enterVote(robot, 5);
    openIn(robot, 0);
    expectFocus("voting-0-0");
    typeHands(
        robot,
        5,
        Map.of(
            UBKT, "9 1 1",
            DUKCQ, "9 2 0",
            TCT, "8 2 1",
            BBN, "8 1 2",
            VPTU, "8 3 0",
            BTC, "2 7 2",
            DUKDN, "2 8 1",
            BVSK, "1 8 2"));
    closeRound(robot);
    expectFocus("voting-votes");
    assertThat(round(5).stored().tied()).containsExactlyInAnyOrder(TCT, BBN, VPTU);
    // ...and the runoff among them settles it.
    robot.type(KeyCode.ENTER);
    expectFocus("voting-open");
    robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
    expectFocus("voting-0-0");
    typeHands(robot, 5, Map.of(TCT, "10 1 0", BBN, "9 1 1", VPTU, "4 6 1"));
    closeRound(robot);

    // 6. Next year's head, elected by hands.
    stepTo(robot, 6);
    enterVote(robot, 6);
    openIn(robot, 0);
    expectFocus("voting-0-0");
    Map<String, String> head = new java.util.HashMap<>();
    DemoConference.UNITS.forEach(u -> head.put(u, "0 0 0"));
    head.put(BTG, "11 0 0");
    typeHands(robot, 6, head);
    closeRound(robot);

    // 7. The minutes, approved by raised hands.
    stepTo(robot, 7);
    enterVote(robot, 7);
    openIn(robot, 1);
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.type(KeyCode.ENTER);
    expectFocus("voting-close");
    robot.type(KeyCode.ENTER);
    expectFocus("voting-votes");
    stepTo(robot, agenda.size() + 1);

    assertStoredOutcome();
  }

  private void assertStoredOutcome() {
    assertThat(dialogs.errors).as("no error shown").isEmpty();
    assertThat(dialogs.confirmations).as("no warning needed a dialog").isEmpty();
    assertThat(services.agenda().progress(id).current()).isEqualTo(agenda.size());

    List<VoteOutcome> outcomes = services.votes().outcomes(id);
    assertThat(outcomes)
        .extracting(o -> o.rounds().stream().map(r -> r.mode()).toList())
        .containsExactly(
            List.of(EntryMode.HANDS_RAISED),
            List.of(EntryMode.HANDS),
            List.of(EntryMode.BALLOTS_TWICE),
            List.of(EntryMode.BALLOT_TOTALS),
            List.of(EntryMode.HANDS, EntryMode.HANDS),
            List.of(EntryMode.HANDS),
            List.of(EntryMode.HANDS_RAISED));
    RoundRecord flag = outcomes.get(2).rounds().get(0);
    assertThat(flag.second()).as("the passes reconciled").isEqualTo(flag.first());
    assertThat(flag.first())
        .hasSize(11)
        .filteredOn(b -> !b.isValid())
        .extracting(Ballot::invalid)
        .containsExactly(InvalidReason.ADDED_NAME);
    assertThat(outcomes.get(3).rounds().get(0).accounting().invalid())
        .isEqualTo(Map.of(InvalidReason.TOO_MANY, 1));

    // The 2018 outcome, vote by vote, and every round's counts as stored.
    ConferenceResults results = services.votes().results(id);
    assertThat(results.votes())
        .allSatisfy(v -> assertThat(v.decided()).as("vote %d decided", v.position()).isTrue())
        .extracting(ConferenceResults.VoteResults::chosen)
        .containsExactly(
            List.of("Thông qua chương trình hội nghị"),
            List.of("Bầu Ban kiểm phiếu"),
            DemoConference.NOMINEES.get(0),
            DemoConference.NOMINEES.get(1),
            DemoConference.NOMINEES.get(2),
            List.of(DemoConference.NEXT_HEAD),
            List.of("Thông qua biên bản hội nghị"));
    assertThat(results.votes())
        .extracting(v -> v.rounds().stream().map(WholeDemoByKeyboardUiTest::counts).toList())
        .containsExactly(
            List.of("Thông qua chương trình hội nghị 11"),
            List.of("Bầu Ban kiểm phiếu 11"),
            List.of(
                "Ban Nội chính Tỉnh uỷ 9, Ban Tuyên giáo Tỉnh uỷ 1, Văn phòng Tỉnh uỷ 0, Ban Tổ chức"
                    + " Tỉnh uỷ 0, Uỷ ban Kiểm tra Tỉnh uỷ 0, Ban Dân vận Tỉnh uỷ 0, Đảng uỷ Khối"
                    + " các cơ quan tỉnh 0, Đảng uỷ Khối doanh nghiệp tỉnh 0, Trường Chính trị"
                    + " Nguyễn Văn Cừ 0, Báo Bắc Ninh 0, Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh"
                    + " 0"),
            List.of(
                "Ban Tuyên giáo Tỉnh uỷ 9, Ban Dân vận Tỉnh uỷ 8, Uỷ ban Kiểm tra Tỉnh uỷ 2, Đảng"
                    + " uỷ Khối các cơ quan tỉnh 1, Văn phòng Tỉnh uỷ 0, Ban Tổ chức Tỉnh uỷ 0,"
                    + " Đảng uỷ Khối doanh nghiệp tỉnh 0, Trường Chính trị Nguyễn Văn Cừ 0, Báo"
                    + " Bắc Ninh 0, Ban Bảo vệ, chăm sóc sức khoẻ cán bộ tỉnh 0"),
            List.of(
                "Uỷ ban Kiểm tra Tỉnh uỷ 9, Đảng uỷ Khối các cơ quan tỉnh 9, Văn phòng Tỉnh uỷ 8,"
                    + " Trường Chính trị Nguyễn Văn Cừ 8, Báo Bắc Ninh 8, Ban Tổ chức Tỉnh uỷ 2,"
                    + " Đảng uỷ Khối doanh nghiệp tỉnh 2, Ban Bảo vệ, chăm sóc sức khoẻ cán bộ"
                    + " tỉnh 1",
                "Trường Chính trị Nguyễn Văn Cừ 10, Báo Bắc Ninh 9, Văn phòng Tỉnh uỷ 4"),
            List.of(
                "Ban Tuyên giáo Tỉnh uỷ 11, Văn phòng Tỉnh uỷ 0, Ban Tổ chức Tỉnh uỷ 0, Uỷ ban"
                    + " Kiểm tra Tỉnh uỷ 0, Ban Dân vận Tỉnh uỷ 0, Ban Nội chính Tỉnh uỷ 0, Đảng"
                    + " uỷ Khối các cơ quan tỉnh 0, Đảng uỷ Khối doanh nghiệp tỉnh 0, Trường"
                    + " Chính trị Nguyễn Văn Cừ 0, Báo Bắc Ninh 0, Ban Bảo vệ, chăm sóc sức khoẻ"
                    + " cán bộ tỉnh 0"),
            List.of("Thông qua biên bản hội nghị 11"));
    ConferenceResults.VoteResults certificate = results.votes().get(4);
    assertThat(certificate.rounds().get(0).nominated()).containsExactly(UBKT, DUKCQ);
    assertThat(certificate.rounds().get(0).tied()).containsExactly(VPTU, TCT, BBN);
    assertThat(certificate.rounds().get(1).seats())
        .as("the runoff is for the seats left")
        .isEqualTo(2);
    assertThat(certificate.rounds().get(1).nominated()).containsExactly(TCT, BBN);
    assertThat(results.votes())
        .flatExtracting(ConferenceResults.VoteResults::rounds)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo("CLOSED");
              assertThat(r.votersPresent()).isEqualTo(11);
              assertThat(r.chairChoice()).isEmpty();
            });
  }

  /** A round's stored votes, in the order of its result. */
  private static String counts(ConferenceResults.RoundResults round) {
    return round.candidates().stream()
        .map(c -> c.unit() + " " + c.votes())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private void typeTotals(FxRobot robot, int vote, Map<String, Integer> counts) {
    List<String> typed = new ArrayList<>();
    for (String option : round(vote).setup().options()) {
      typed.add(Integer.toString(counts.getOrDefault(option, 0)));
    }
    typeAll(robot, typed.toArray(String[]::new));
  }

  /** Each row's for, against and abstaining, in the order the screen lists the options. */
  private void typeHands(FxRobot robot, int vote, Map<String, String> counts) {
    List<String> typed = new ArrayList<>();
    for (String option : round(vote).setup().options()) {
      typed.addAll(List.of(counts.get(option).split(" ")));
    }
    typeAll(robot, typed.toArray(String[]::new));
  }

  private static String number(List<String> options, String unit) {
    return Integer.toString(options.indexOf(unit) + 1);
  }

  private void typeAll(FxRobot robot, String... entries) {
    for (String e : entries) {
      if (!e.isEmpty()) {
        robot.write(e);
      }
      robot.type(KeyCode.ENTER);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private int step;

  /** Alt+→ until the agenda's current step is the one taking vote {@code vote}. */
  private void stepTo(FxRobot robot, int vote) {
    int target = agenda.size();
    for (int i = 0; i < agenda.size(); i++) {
      if (Integer.valueOf(vote).equals(agenda.get(i).votePosition())) {
        target = i + 1;
      }
    }
    while (step < target) {
      robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
      step++;
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(services.agenda().progress(id).current()).isEqualTo(target);
  }

  /** Back to the list of votes, down to vote {@code position}, Enter into it. */
  private void enterVote(FxRobot robot, int position) {
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    expectFocus("voting-votes");
    robot.type(KeyCode.HOME);
    for (int i = 1; i < position; i++) {
      robot.type(KeyCode.DOWN);
    }
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** From the open button: Shift+Tab to the modes, choose the one at {@code index}, Ctrl+O. */
  private void openIn(FxRobot robot, int index) {
    expectFocus("voting-open");
    robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
    expectFocus("voting-mode");
    for (int i = 0; i < 3; i++) {
      robot.type(KeyCode.UP);
    }
    for (int i = 0; i < index; i++) {
      robot.type(KeyCode.DOWN);
    }
    robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void closeRound(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private RoundRecord round(int vote) {
    List<RoundRecord> rounds = services.votes().outcomes(id).get(vote - 1).rounds();
    return rounds.get(rounds.size() - 1);
  }

  private void expectFocus(String target) {
    assertThat(focused()).as("focus").isEqualTo(target);
  }

  private void nextTab(FxRobot robot) {
    robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Tab, as the secretary would, until the node {@code id} has the focus. */
  private void tabInto(FxRobot robot, String target) {
    List<String> path = new ArrayList<>();
    for (int i = 0; i < 40 && !target.equals(focused()); i++) {
      path.add(describe(stage.getScene().getFocusOwner()));
      robot.type(KeyCode.TAB);
    }
    assertThat(focused()).as("Tab reaches #%s; went through %s", target, path).isEqualTo(target);
  }

  private static String describe(Node n) {
    return n == null ? "null" : n.getClass().getSimpleName() + "#" + n.getId();
  }

  private String focused() {
    WaitForAsyncUtils.waitForFxEvents();
    Node owner = stage.getScene().getFocusOwner();
    return owner == null ? null : owner.getId();
  }
}
