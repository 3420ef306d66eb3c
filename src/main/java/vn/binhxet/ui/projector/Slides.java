package vn.binhxet.ui.projector;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.binhxet.domain.AgendaStep;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VoteRule;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.RuleWords;
import vn.binhxet.ui.common.Verdicts;
import vn.binhxet.ui.session.AttendanceOnScreen;
import vn.binhxet.ui.session.SessionModel;
import vn.binhxet.ui.session.VoteOnScreen;
import vn.binhxet.ui.session.VotePhase;

/** The slides other than a vote's, and the frame every slide shares. */
final class Slides {
  private final SessionModel session;
  private final I18n i18n;

  Slides(SessionModel session, I18n i18n) {
    this.session = session;
    this.i18n = i18n;
  }

  Node title() {
    SavedConference saved = session.conference();
    VBox box = new VBox();
    box.setId("projector-title");
    box.getStyleClass().add("slide");
    box.setAlignment(Pos.CENTER);
    box.setFillWidth(true);
    if (saved == null) {
      box.getChildren().add(centred(i18n.tr("app.name"), "title-main", "projector-heading"));
      return box;
    }
    Conference c = saved.conference();
    Region rule = new Region();
    rule.getStyleClass().add("title-rule");
    box.getChildren()
        .addAll(
            centred(c.clusterName().toUpperCase(i18n.locale()), "title-kicker", null),
            centred(c.title(), "title-main", "projector-heading"),
            rule,
            centred(date(c), "title-sub", "projector-date"),
            centred(c.place(), "title-sub", "projector-place"));
    if (c.hostUnitName() != null) {
      box.getChildren()
          .add(centred(i18n.tr("projector.title.host", c.hostUnitName()), "title-sub", null));
    }
    if (c.illustrative()) {
      box.getChildren().add(centred(i18n.tr("projector.illustrative"), "note", null));
    }
    VBox.setMargin(rule, new javafx.geometry.Insets(8, 0, 8, 0));
    return box;
  }

  Node agenda() {
    Conference c = session.conference().conference();
    Integer current = session.currentStepProperty().get();
    VBox rows = new VBox();
    rows.setSpacing(2);
    List<AgendaStep> steps = c.agenda();
    for (int i = 0; i < steps.size(); i++) {
      int position = i + 1;
      boolean now = Integer.valueOf(position).equals(current);
      boolean done = current != null && position < current;
      Label number = label(position + ".", null);
      number.setMinWidth(Region.USE_PREF_SIZE);
      number.getStyleClass().add("agenda-number");
      Label title = label(steps.get(i).title(), null);
      HBox.setHgrow(title, Priority.ALWAYS);
      Label mark = label(done ? "✓" : now ? "▶" : "", null);
      mark.setMinWidth(Region.USE_PREF_SIZE);
      HBox row = new HBox(number, title, mark);
      row.setAlignment(Pos.CENTER_LEFT);
      row.getStyleClass().add("agenda-row");
      if (now) {
        row.getStyleClass().add("current");
        row.setId("projector-step-current");
      } else if (done) {
        row.getStyleClass().add("done");
      }
      rows.getChildren().add(row);
    }
    return frame("projector-agenda", i18n.tr("projector.agenda.heading"), null, rows);
  }

  Node attendance() {
    Conference c = session.conference().conference();
    AttendanceOnScreen a = session.attendanceOnScreenProperty().get();
    Label figure =
        label(i18n.tr("projector.attendance.figure", a.present().size(), a.total()), "big-figure");
    figure.setId("projector-present");
    figure.setMinWidth(Region.USE_PREF_SIZE);
    Label what = label(i18n.tr("projector.attendance.present"), "status-line");
    HBox line = new HBox(figure, what);
    line.setSpacing(24);
    line.setAlignment(Pos.BASELINE_LEFT);
    VBox body = new VBox(line);
    body.setSpacing(10);
    VoteRule rule = a.rule();
    if (rule != null) {
      String op = i18n.tr("rule.op." + rule.quorumOp().name());
      Label quorum =
          label(
              i18n.tr(
                  a.quorumMet()
                      ? "projector.attendance.quorumMet"
                      : "projector.attendance.quorumNotMet",
                  op,
                  RuleWords.fraction(rule.quorum())),
              a.quorumMet() ? "quorum-met" : "quorum-not-met");
      quorum.setId("projector-quorum");
      body.getChildren().add(quorum);
    }
    // Two columns that wrap independently: a long name takes two lines in its own column only.
    List<Unit> members = c.members();
    int half = (members.size() + 1) / 2;
    VBox left = new VBox(2);
    VBox right = new VBox(2);
    for (int i = 0; i < members.size(); i++) {
      Unit u = members.get(i);
      boolean here = a.present().contains(u);
      Label mark = label(here ? "✓" : "—", null);
      mark.setMinWidth(Region.USE_PREF_SIZE);
      HBox box = new HBox(8, mark, label(u.name(), null));
      box.getStyleClass().addAll("unit-cell", here ? "present" : "absent");
      (i < half ? left : right).getChildren().add(box);
    }
    HBox grid = new HBox(24, left, right);
    left.prefWidthProperty().bind(grid.widthProperty().subtract(24).divide(2));
    right.prefWidthProperty().bind(grid.widthProperty().subtract(24).divide(2));
    body.getChildren().add(grid);
    return frame(
        "projector-attendance",
        i18n.tr("projector.attendance.heading"),
        c.illustrative() ? i18n.tr("projector.illustrative") : null,
        body);
  }

  Node head() {
    Conference c = session.conference().conference();
    VoteOnScreen v = session.voteOnScreenProperty().get();
    VBox box = new VBox();
    box.setAlignment(Pos.CENTER);
    box.setSpacing(16);
    box.getChildren()
        .add(
            centred(
                i18n.tr(
                    v.vote().kind() == vn.binhxet.domain.VoteKind.DEPUTY_HEAD
                        ? "projector.head.deputy"
                        : "projector.head.heading",
                    Integer.toString(c.reviewYear() + 1)),
                "heading",
                "projector-heading"));
    for (String unit : v.chosen()) {
      box.getChildren().add(centred(unit, "head-unit", "projector-head-unit"));
    }
    String how;
    if (v.phase() == VotePhase.DECIDED) {
      how = i18n.tr("results.appointed");
    } else {
      OptionResult r =
          v.result().options().stream()
              .filter(o -> o.option().equals(v.chosen().get(0)))
              .findFirst()
              .orElseThrow();
      how =
          i18n.tr(
              "projector.head.elected",
              r.votesFor(),
              v.result().base(),
              Verdicts.percent(r.share().percent(), i18n));
    }
    box.getChildren().add(centred(how, "title-sub", "projector-head-how"));
    VBox.setVgrow(box, Priority.ALWAYS);
    return frame("projector-head", null, null, box);
  }

  Node closing() {
    Conference c = session.conference().conference();
    VBox box = new VBox();
    box.setId("projector-closing");
    box.getStyleClass().add("slide");
    box.setAlignment(Pos.CENTER);
    box.getChildren()
        .addAll(
            centred(c.clusterName().toUpperCase(i18n.locale()), "title-kicker", null),
            centred(c.title(), "title-sub", null),
            centred(i18n.tr("projector.closing.heading"), "title-main", "projector-heading"),
            centred(i18n.tr("projector.closing.thanks"), "title-sub", null));
    return box;
  }

  /**
   * A slide: the cluster as kicker, a heading, an optional line under it, the body filling the
   * rest, and a footer saying where the agenda stands.
   */
  VBox frame(String id, String heading, String sub, Node body) {
    SavedConference saved = session.conference();
    VBox box = new VBox();
    box.setId(id);
    box.getStyleClass().add("slide");
    box.setFillWidth(true);
    if (saved != null) {
      box.getChildren()
          .add(label(saved.conference().clusterName().toUpperCase(i18n.locale()), "kicker"));
    }
    if (heading != null) {
      Label h = label(heading, "heading");
      h.setId("projector-heading");
      box.getChildren().add(h);
    }
    if (sub != null) {
      Label s = label(sub, "subheading");
      s.setId("projector-subheading");
      box.getChildren().add(s);
    }
    VBox.setVgrow(body, Priority.ALWAYS);
    if (body instanceof Region r) {
      r.setMaxHeight(Double.MAX_VALUE);
    }
    box.getChildren().add(body);
    Label footer = label(footer(saved), "footer");
    box.getChildren().add(footer);
    return box;
  }

  private String footer(SavedConference saved) {
    if (saved == null) {
      return "";
    }
    Conference c = saved.conference();
    Integer step = session.currentStepProperty().get();
    String when = date(c);
    if (step == null || step > c.agenda().size()) {
      return when;
    }
    return when
        + "   ·   "
        + i18n.tr(
            "projector.footer.step", step, c.agenda().size(), c.agenda().get(step - 1).title());
  }

  private String date(Conference c) {
    String place = c.header().datePlaceName() != null ? c.header().datePlaceName() : c.place();
    return i18n.tr(
        "projector.title.date",
        place,
        String.format("%02d", c.heldOn().getDayOfMonth()),
        String.format("%02d", c.heldOn().getMonthValue()),
        Integer.toString(c.heldOn().getYear()));
  }

  /** A label that wraps rather than cuts: the longest unit names take two lines. */
  static Label label(String text, String styleClass) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    l.setMaxWidth(Double.MAX_VALUE);
    if (styleClass != null) {
      l.getStyleClass().add(styleClass);
    }
    return l;
  }

  private static Label centred(String text, String styleClass, String id) {
    Label l = label(text, styleClass);
    l.setAlignment(Pos.CENTER);
    l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
    if (id != null) {
      l.setId(id);
    }
    return l;
  }
}
