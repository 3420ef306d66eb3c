package vn.binhxet.ui.projector;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.vote.Ballot;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.Mark;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundSetup;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteEngine;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.persistence.Database;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.session.Blanking;
import vn.binhxet.ui.session.SessionFixtures;
import vn.binhxet.ui.session.SessionModel;

/**
 * Pictures of every projector scene, for docs/screenshots: run under Xvfb with a screen of the size
 * asked for, over the data folder of {@code binhxet.jar demo}. The demo's votes are all closed; the
 * scenes of a vote under way show its rounds reopened in memory only.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   vn.binhxet.ui.projector.ProjectorScreenshots DATA_DIR OUT_DIR 1920 1080 [vi|en]
 * </pre>
 */
public final class ProjectorScreenshots {
  private ProjectorScreenshots() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int width = Integer.parseInt(args[2]);
    int height = Integer.parseInt(args[3]);
    String language = args.length > 4 ? args[4] : "vi";
    Files.createDirectories(out);
    Database db = Database.open(data);
    Fakes.Stack stack = Fakes.stack(db, Clock.systemUTC());
    long id = stack.conferences().list().get(0).id();
    SavedConference c = stack.conferences().open(id);
    List<VoteOutcome> outcomes = stack.votes().outcomes(id);
    Map<String, Boolean> attendance = stack.votes().attendance(id);
    db.close();

    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    SessionModel session = new SessionModel();
    I18n i18n = new I18n(Locale.forLanguageTag(language));
    Stage[] stage = new Stage[1];
    onFx(
        () -> {
          session.setConference(c, outcomes);
          session.setAttendance(attendance);
          stage[0] = new Stage(StageStyle.UNDECORATED);
          stage[0].setX(0);
          stage[0].setY(0);
          stage[0].setScene(new Scene(new ProjectorView(session, i18n).node(), width, height));
          stage[0].show();
        });
    String suffix = "-" + width + (language.equals("vi") ? "" : "-" + language) + ".png";
    shot(
        stage[0],
        out.resolve("projector-title" + suffix),
        s -> session.setCurrentStep(null),
        session);
    shot(stage[0], out.resolve("projector-attendance" + suffix), s -> s.setCurrentStep(1), session);
    shot(stage[0], out.resolve("projector-agenda" + suffix), s -> s.setCurrentStep(4), session);

    int hands = SessionFixtures.HANDS_VOTE;
    int handsStep = SessionFixtures.stepOf(c, hands);
    shot(
        stage[0],
        out.resolve("projector-vote-candidates" + suffix),
        s -> {
          s.setConference(c, without(outcomes, hands));
          s.setCurrentStep(handsStep);
        },
        session);
    RoundRecord closedHands = last(outcomes, hands);
    shot(
        stage[0],
        out.resolve("projector-vote-live" + suffix),
        s -> s.showRound(hands, typedSoFar(closedHands, 5)),
        session);
    shot(
        stage[0],
        out.resolve("projector-vote-result" + suffix),
        s -> {
          s.setConference(c, outcomes);
          s.setCurrentStep(handsStep);
        },
        session);

    int secret = SessionFixtures.SECRET_VOTE + 1;
    RoundRecord closedSecret = last(outcomes, secret);
    shot(
        stage[0],
        out.resolve("projector-vote-counting" + suffix),
        s -> {
          s.setCurrentStep(SessionFixtures.stepOf(c, secret));
          s.showRound(secret, counting(closedSecret, 6));
        },
        session);
    shot(
        stage[0],
        out.resolve("projector-vote-result-secret" + suffix),
        s -> {
          s.setCurrentStep(null);
          s.setCurrentStep(SessionFixtures.stepOf(c, secret));
        },
        session);
    shot(
        stage[0],
        out.resolve("projector-vote-tie" + suffix),
        s -> s.showRound(secret, tie(closedSecret)),
        session);
    shot(
        stage[0],
        out.resolve("projector-head" + suffix),
        s -> s.setCurrentStep(SessionFixtures.stepOf(c, SessionFixtures.HEAD_VOTE)),
        session);
    shot(
        stage[0],
        out.resolve("projector-closing" + suffix),
        s -> s.setCurrentStep(c.conference().agenda().size()),
        session);
    shot(
        stage[0],
        out.resolve("projector-blank-title" + suffix),
        s -> s.setBlanking(Blanking.TITLE),
        session);
    Platform.exit();
  }

  private static List<VoteOutcome> without(List<VoteOutcome> all, int position) {
    List<VoteOutcome> out = new ArrayList<>(all);
    VoteOutcome o = all.get(position - 1);
    out.set(position - 1, new VoteOutcome(o.position(), o.vote(), List.of()));
    return out;
  }

  private static RoundRecord last(List<VoteOutcome> all, int position) {
    List<RoundRecord> rounds = all.get(position - 1).rounds();
    return rounds.get(rounds.size() - 1);
  }

  /** The closed show of hands reopened, with only the first {@code n} options typed. */
  private static RoundRecord typedSoFar(RoundRecord r, int n) {
    Map<String, HandsCount> typed = new java.util.LinkedHashMap<>();
    r.hands().counts().entrySet().stream()
        .limit(n)
        .forEach(e -> typed.put(e.getKey(), e.getValue()));
    return copy(
        r,
        RoundStatus.OPEN,
        EntryMode.HANDS,
        new HandsTally(typed),
        r.accounting(),
        List.of(),
        null);
  }

  /** The closed secret ballot reopened, entered ballot by ballot, {@code n} ballots so far. */
  private static RoundRecord counting(RoundRecord r, int n) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      ballots.add(Ballot.valid(i, Map.of(r.setup().options().get(0), Mark.FOR)));
    }
    return copy(r, RoundStatus.OPEN, EntryMode.BALLOTS, r.hands(), r.accounting(), ballots, null);
  }

  /** The secret ballot closed with its second and third candidates tied for the last seat. */
  private static RoundRecord tie(RoundRecord r) {
    RoundSetup s = r.setup();
    Map<String, Integer> votes = new java.util.LinkedHashMap<>();
    int[] pattern = {10, 8, 8, 5, 3, 2, 1, 1};
    for (int i = 0; i < s.options().size(); i++) {
      votes.put(s.options().get(i), i < pattern.length ? pattern[i] : 0);
    }
    BallotTally t =
        new BallotTally(s.votersPresent(), s.votersPresent(), Map.of(), votes, Map.of());
    return copy(
        r,
        RoundStatus.CLOSED,
        EntryMode.BALLOT_TOTALS,
        r.hands(),
        t,
        List.of(),
        VoteEngine.result(s, t));
  }

  private static RoundRecord copy(
      RoundRecord r,
      RoundStatus status,
      EntryMode mode,
      HandsTally hands,
      BallotTally accounting,
      List<Ballot> ballots,
      vn.binhxet.domain.vote.RoundResult stored) {
    return new RoundRecord(
        r.ref(),
        r.setup(),
        mode,
        status,
        r.openedAt(),
        status == RoundStatus.OPEN ? null : r.closedAt(),
        hands,
        Map.of(),
        accounting,
        ballots,
        List.of(),
        stored,
        null,
        List.of());
  }

  private static void shot(Stage stage, Path file, Consumer<SessionModel> change, SessionModel s)
      throws Exception {
    onFx(() -> change.accept(s));
    // Two pulses: one lays the new slide out, the next paints it.
    onFx(() -> {});
    Thread.sleep(400);
    onFx(
        () -> {
          WritableImage image = stage.getScene().snapshot(null);
          PixelReader px = image.getPixelReader();
          int w = (int) image.getWidth();
          int h = (int) image.getHeight();
          BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
          for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
              out.setRGB(x, y, px.getArgb(x, y));
            }
          }
          try {
            ImageIO.write(out, "png", file.toFile());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    System.out.println("wrote " + file);
  }

  private static void onFx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            r.run();
          } finally {
            done.countDown();
          }
        });
    done.await();
  }
}
