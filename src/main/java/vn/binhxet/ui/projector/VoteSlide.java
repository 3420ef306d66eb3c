package vn.binhxet.ui.projector;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.RuleWords;
import vn.binhxet.ui.common.Verdicts;
import vn.binhxet.ui.common.VoteTitles;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.session.VoteOnScreen;
import vn.binhxet.ui.session.VotePhase;

/**
 * A vote on the projector: its award, quota and rule, then what its phase lets the hall see — the
 * candidates, "voting" or "counting", the bars of a live show of hands, or the confirmed result
 * with the threshold as a line. It shows only what {@link VoteOnScreen} carries, which the session
 * model has already cut to the vote's visibility.
 */
final class VoteSlide {
  private final SessionModel session;
  private final I18n i18n;
  private final Slides slides;

  VoteSlide(SessionModel session, I18n i18n, Slides slides) {
    this.session = session;
    this.i18n = i18n;
    this.slides = slides;
  }

  Node node() {
    Conference c = session.conference().conference();
    VoteOnScreen v = session.voteOnScreenProperty().get();
    VBox body = new VBox();
    body.setSpacing(8);
    switch (v.phase()) {
      case ANNOUNCED -> body.getChildren().add(candidates(v));
      case VOTING ->
          body.getChildren()
              .addAll(
                  status("projector.vote.voting"),
                  hint("projector.vote.votingHint"),
                  candidates(v));
      case COUNTING -> {
        VoteOnScreen.Counting n = v.counting();
        Label counted =
            Slides.label(
                n.counted() != null
                    ? i18n.tr("projector.vote.counted", n.counted(), n.collected())
                    : i18n.tr("projector.vote.collected", n.issued(), n.collected()),
                "status-line");
        counted.setId("projector-counted");
        body.getChildren()
            .addAll(
                status("projector.vote.counting"),
                counted,
                hint("projector.vote.countingHint"),
                candidates(v));
      }
      case WITHHELD, DECIDED -> body.getChildren().add(status("projector.vote.withheld"));
      case LIVE -> {
        body.getChildren().add(hint("projector.vote.live"));
        body.getChildren().add(bars(v, live(v)));
      }
      case RESULT -> {
        if (!v.result().quorumMet()) {
          body.getChildren().add(banner(i18n.tr("projector.vote.noQuorum"), "projector-no-quorum"));
        }
        if (v.tieOpen()) {
          body.getChildren()
              .add(
                  banner(
                      i18n.tr(
                          "projector.vote.tie",
                          String.join(", ", v.result().tied()),
                          v.result().seatsLeft()),
                      "projector-tie"));
        }
        body.getChildren().add(bars(v, v.result().options()));
      }
    }
    return slides.frame("projector-vote", VoteTitles.of(c, v.vote(), i18n), subtitle(v), body);
  }

  /** Method, seats, rule in words, voters present, round: one line under the heading. */
  private String subtitle(VoteOnScreen v) {
    Vote vote = v.vote();
    List<String> parts = new ArrayList<>();
    parts.add(i18n.tr("method." + vote.method().name()));
    if (vote.kind() == VoteKind.NOMINATION) {
      parts.add(i18n.tr("projector.vote.quota", v.seats()));
    }
    parts.add(RuleWords.threshold(vote.rule(), i18n));
    if (v.votersPresent() != null) {
      parts.add(
          i18n.tr(
              "projector.vote.present." + vote.rule().voterBasis().name(),
              v.votersPresent(),
              v.votersEntitled()));
    }
    if (v.round() > 1) {
      parts.add(i18n.tr("projector.vote.round", v.round()));
    }
    return String.join("   ·   ", parts);
  }

  /** The options with the hands typed so far, in ballot order so that rows do not jump. */
  private List<OptionResult> live(VoteOnScreen v) {
    RoundResult r = v.result();
    List<OptionResult> out = new ArrayList<>();
    for (String option : v.options()) {
      OptionResult known =
          r == null
              ? null
              : r.options().stream()
                  .filter(o -> o.option().equals(option))
                  .findFirst()
                  .orElse(null);
      if (known != null) {
        out.add(known);
        continue;
      }
      HandsCount h = v.counts().counts().get(option);
      long votes = h == null ? 0 : h.votesFor();
      out.add(
          new OptionResult(
              option,
              votes,
              h == null ? null : (long) h.against(),
              h == null ? null : (long) h.abstain(),
              new vn.binhxet.domain.vote.Share(Math.max(0, votes), Math.max(1, v.votersPresent())),
              false));
    }
    return out;
  }

  private Node bars(VoteOnScreen v, List<OptionResult> rows) {
    VoteRule rule = v.vote().rule();
    double threshold =
        (double) rule.threshold().numerator() / (double) rule.threshold().denominator();
    boolean result = v.phase() == VotePhase.RESULT;
    GridPane grid = new GridPane();
    grid.setId("projector-bars");
    grid.setHgap(16);
    grid.setVgap(4);
    // Many candidates take smaller type, so that every row stays on the screen.
    grid.setStyle(
        String.format(
            java.util.Locale.ROOT, "-fx-font-size: %.2fem;", Math.min(1.15, 8.0 / rows.size())));
    ColumnConstraints name = new ColumnConstraints();
    name.setPercentWidth(36);
    ColumnConstraints bar = new ColumnConstraints();
    bar.setHgrow(Priority.ALWAYS);
    bar.setMinWidth(60);
    ColumnConstraints figure = new ColumnConstraints();
    figure.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints mark = new ColumnConstraints();
    mark.setMinWidth(Region.USE_PREF_SIZE);
    grid.getColumnConstraints().addAll(name, bar, figure, mark);
    boolean motion = v.vote().kind() == VoteKind.MOTION;
    for (int i = 0; i < rows.size(); i++) {
      OptionResult x = rows.get(i);
      boolean chosen = result && v.chosen().contains(x.option());
      boolean tied = result && v.tieOpen() && v.result().tied().contains(x.option());
      VBox who = new VBox(Slides.label(x.option(), "option-name"));
      if (motion && x.against() != null) {
        who.getChildren()
            .add(
                Slides.label(
                    i18n.tr("projector.vote.againstAbstain", x.against(), x.abstain()),
                    "subheading"));
      }
      who.setAlignment(Pos.CENTER_LEFT);
      Pane track = track(fraction(x), threshold);
      VBox trackCell = new VBox(track);
      trackCell.setAlignment(Pos.CENTER_LEFT);
      Label figures =
          Slides.label(
              x.votesFor() + "  ·  " + Verdicts.percent(x.share().percent(), i18n),
              "option-figure");
      figures.setMaxHeight(Double.MAX_VALUE);
      Label verdict =
          Slides.label(
              result ? verdict(v, x, chosen) : "",
              chosen ? "option-mark" : tied ? "option-tied" : "option-verdict");
      verdict.setMaxHeight(Double.MAX_VALUE);
      for (Region cell : List.of(who, trackCell, figures, verdict)) {
        cell.getStyleClass().add("option-row");
        if (chosen) {
          cell.getStyleClass().add("chosen");
        }
        if (tied) {
          cell.getStyleClass().add("tied");
        }
      }
      who.setId("projector-option-" + (i + 1));
      track.setId("projector-bar-" + (i + 1));
      figures.setId("projector-figure-" + (i + 1));
      verdict.setId("projector-verdict-" + (i + 1));
      grid.addRow(i, who, trackCell, figures, verdict);
    }
    Label legend =
        Slides.label(
            i18n.tr(
                "projector.vote.threshold",
                i18n.tr("rule.op." + rule.thresholdOp().name()),
                RuleWords.fraction(rule.threshold()),
                i18n.tr("rule.base." + rule.voterBasis().name() + "." + rule.base().name())),
            "threshold-label");
    VBox box = new VBox(grid, legend);
    box.setSpacing(8);
    return box;
  }

  private static double fraction(OptionResult x) {
    long whole = x.share().whole();
    return whole == 0 ? 0 : Math.min(1, (double) x.share().part() / (double) whole);
  }

  private String verdict(VoteOnScreen v, OptionResult x, boolean chosen) {
    String words = Verdicts.of(v.vote(), v.chosen(), v.result(), x, i18n);
    return chosen ? "✓ " + words : words;
  }

  /** A bar of {@code fraction} of the track, and the threshold as a vertical line across it. */
  private static Pane track(double fraction, double threshold) {
    Pane track = new Pane();
    track.getStyleClass().add("bar-track");
    track.setStyle("-fx-min-height: 1.1em; -fx-pref-height: 1.1em;");
    track.setMaxWidth(Double.MAX_VALUE);
    Region bar = new Region();
    bar.getStyleClass().add("bar");
    bar.prefWidthProperty().bind(track.widthProperty().multiply(fraction));
    bar.prefHeightProperty().bind(track.heightProperty());
    Region line = new Region();
    line.getStyleClass().add("threshold");
    line.layoutXProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> track.getWidth() * threshold - 2, track.widthProperty()));
    line.setLayoutY(-6);
    line.setPrefWidth(4);
    line.prefHeightProperty().bind(track.heightProperty().add(12));
    track.getChildren().addAll(bar, line);
    return track;
  }

  private Label status(String key) {
    Label l = Slides.label(i18n.tr(key), "status-big");
    l.setId("projector-status");
    return l;
  }

  private Label hint(String key) {
    return Slides.label(i18n.tr(key), "subheading");
  }

  private Node banner(String text, String id) {
    VBox box = new VBox(Slides.label(text, null));
    box.getStyleClass().add("tie-banner");
    box.setId(id);
    return box;
  }

  /** The candidates, numbered, in two columns when there are many. */
  private Node candidates(VoteOnScreen v) {
    if (v.vote().kind() == VoteKind.MOTION) {
      return new Region();
    }
    GridPane grid = new GridPane();
    grid.setId("projector-candidates");
    grid.setHgap(24);
    grid.setVgap(4);
    List<String> options = v.options();
    int columns = options.size() > 6 ? 2 : 1;
    int perColumn = (options.size() + columns - 1) / columns;
    for (int i = 0; i < options.size(); i++) {
      VBox cell = new VBox(Slides.label((i + 1) + ".  " + options.get(i), null));
      cell.getStyleClass().add("candidate");
      grid.add(cell, i / perColumn, i % perColumn);
    }
    for (int col = 0; col < columns; col++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setPercentWidth(100.0 / columns);
      grid.getColumnConstraints().add(cc);
    }
    Label title =
        Slides.label(
            i18n.tr(
                v.vote().method() == VotingMethod.SECRET_BALLOT
                    ? "projector.vote.candidatesBallot"
                    : "projector.vote.candidates"),
            "kicker");
    VBox box = new VBox(title, grid);
    box.setSpacing(6);
    return box;
  }
}
