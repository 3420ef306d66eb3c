package vn.binhxet.pdf;

import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.binhxet.domain.MinutesFacts;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.VotingMethod;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.InvalidReason;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;
import vn.binhxet.domain.vote.RoundStatus;

/**
 * A vote told as the minutes tell it: how it was taken, who was present, the rule, the counts and
 * percentages of each round, ties, runoffs, the chair's decisions and reopenings as they happened,
 * and what the conference decided.
 */
final class VoteNarrative {
  private final Layout l;
  private final DocText text;
  private final Words words;
  private final int reviewYear;

  VoteNarrative(Layout layout, int reviewYear) {
    this.l = layout;
    this.text = layout.text;
    this.words = layout.words;
    this.reviewYear = reviewYear;
  }

  List<IBlockElement> of(MinutesFacts.VoteFacts v) {
    List<IBlockElement> out = new ArrayList<>();
    Vote vote = v.vote();
    boolean head = vote.kind() == VoteKind.CLUSTER_HEAD || vote.kind() == VoteKind.DEPUTY_HEAD;
    if (v.decision() != null) {
      out.add(
          l.body(
              text.get(
                      "told.head." + vote.headChoice().name(),
                      v.decision().unit(),
                      Integer.toString(reviewYear + 1))
                  + (v.decision().note() == null
                      ? ""
                      : text.get("told.head.note", v.decision().note()))));
      return out;
    }
    if (v.rounds().isEmpty()) {
      out.add(l.body(text.get("told.notTaken")));
      return out;
    }
    if (vote.kind() == VoteKind.MOTION) {
      for (MinutesFacts.RoundFacts r : v.rounds()) {
        out.addAll(motion(vote, r));
      }
      if (v.decided()) {
        out.add(
            l.body(text.get(v.chosen().isEmpty() ? "told.motion.rejected" : "told.motion.passed")));
      }
      return out;
    }
    for (MinutesFacts.RoundFacts r : v.rounds()) {
      if (v.rounds().size() > 1) {
        out.add(l.body(l.bold(text.get("told.round", r.record().ref().round()))));
      }
      out.addAll(round(vote, r, head));
    }
    if (v.decided()) {
      out.add(l.body(l.bold(decided(v, head))));
    }
    return out;
  }

  private String decided(MinutesFacts.VoteFacts v, boolean head) {
    String year = Integer.toString(reviewYear + 1);
    if (head) {
      String key =
          v.vote().kind() == VoteKind.CLUSTER_HEAD ? "told.head.elected" : "told.deputy.elected";
      return v.chosen().isEmpty()
          ? text.get("told.noneNominated")
          : text.get(key, words.list(v.chosen()), year);
    }
    if (v.chosen().isEmpty()) {
      return text.get("told.award.none", v.award());
    }
    if (v.chosen().size() == 1) {
      return text.get("told.award.one", v.award(), v.chosen().get(0));
    }
    return text.get(
        "told.award.many", v.award(), words.count(v.chosen().size()), words.list(v.chosen()));
  }

  private List<IBlockElement> round(Vote vote, MinutesFacts.RoundFacts rf, boolean head) {
    List<IBlockElement> out = new ArrayList<>();
    RoundRecord r = rf.record();
    var setup = r.setup();
    if (setup.number() > 1) {
      out.add(
          l.body(
              text.get(
                  "told.runoff",
                  setup.number(),
                  words.list(setup.options()),
                  words.count(setup.seats()))));
    } else {
      out.add(
          l.body(
              text.get(
                  head ? "told.setup.head" : "told.setup",
                  text.get("told.method." + setup.method().name()),
                  setup.votersPresent(),
                  setup.votersEntitled(),
                  words.rule(setup.rule()),
                  words.count(setup.seats()),
                  text.get("told.voters." + setup.rule().voterBasis().name()))));
    }
    if (setup.method() == VotingMethod.SECRET_BALLOT && r.mode() != EntryMode.HANDS) {
      out.add(l.body(accounting(r)));
    }
    RoundResult result = r.currentResult();
    if (result != null) {
      out.add(table(r, result));
    }
    if (r.status() == RoundStatus.OPEN) {
      out.add(l.body(l.italic(text.get("told.open"))));
    } else if (result != null) {
      if (!result.quorumMet()) {
        out.add(l.body(text.get("told.noQuorum")));
      } else if (!result.nominated().isEmpty()) {
        out.add(l.body(text.get("told.nominated", words.list(result.nominated()))));
      } else if (result.tied().isEmpty()) {
        out.add(l.body(text.get("told.noneNominated")));
      }
      if (!result.tied().isEmpty()) {
        out.add(
            l.body(
                text.get("told.tied", words.list(result.tied()), words.count(result.seatsLeft()))));
      }
      if (!r.chairChoice().isEmpty()) {
        out.add(l.body(text.get("told.chair", words.list(r.chairChoice()), r.chairDecision())));
      }
    }
    for (String reason : rf.reopenReasons()) {
      out.add(l.body(l.italic(text.get("told.reopened", setup.number(), reason))));
    }
    return out;
  }

  /** "Ban kiểm phiếu báo cáo: số phiếu phát ra 11, …" with the invalid ballots by reason. */
  String accounting(RoundRecord r) {
    BallotTally t = (BallotTally) r.tally();
    return text.get(
        "told.accounting",
        t.issued(),
        t.collected(),
        t.valid(),
        t.invalidTotal(),
        t.invalid().isEmpty() ? "" : text.get("told.accounting.reasons", reasons(t.invalid())));
  }

  String reasons(Map<InvalidReason, Integer> invalid) {
    return invalid.entrySet().stream()
        .map(e -> text.get("told.reason", text.get("invalid." + e.getKey().name()), e.getValue()))
        .collect(Collectors.joining("; "));
  }

  private List<IBlockElement> motion(Vote vote, MinutesFacts.RoundFacts rf) {
    List<IBlockElement> out = new ArrayList<>();
    RoundResult result = rf.record().currentResult();
    if (result == null || result.options().isEmpty()) {
      out.add(l.body(l.italic(text.get("told.open"))));
      return out;
    }
    OptionResult o = result.options().get(0);
    HandsCount count = hands(rf.record(), o.option());
    String sentence =
        count == null
            ? text.get(
                "told.motion.short",
                vote.subject(),
                o.votesFor(),
                o.share().whole(),
                Words.percent(o.share().percent()),
                text.get("told.voters." + rf.record().setup().rule().voterBasis().name()))
            : text.get(
                "told.motion",
                vote.subject(),
                o.votesFor(),
                o.share().whole(),
                Words.percent(o.share().percent()),
                count.against(),
                count.abstain(),
                text.get("told.voters." + rf.record().setup().rule().voterBasis().name()));
    out.add(l.body(sentence));
    for (String reason : rf.reopenReasons()) {
      out.add(l.body(l.italic(text.get("told.reopened", rf.record().ref().round(), reason))));
    }
    return out;
  }

  /**
   * The hands counted for an option: read from the entries, because a stored result keeps only the
   * votes for.
   */
  private static HandsCount hands(RoundRecord r, String option) {
    return r.tally() instanceof HandsTally h ? h.counts().get(option) : null;
  }

  /** The counts of a round, ranked: per unit its votes, share of the base and outcome. */
  Table table(RoundRecord r, RoundResult result) {
    boolean hands = r.mode().method() == VotingMethod.SHOW_OF_HANDS;
    Table t =
        hands
            ? l.table(
                new float[] {7, 37, 12, 13, 13, 9, 14},
                text.get("table.number"),
                text.get("table.unit"),
                text.get("table.for"),
                text.get("table.against"),
                text.get("table.abstain"),
                text.get("table.share"),
                text.get("table.result"))
            : l.table(
                new float[] {8, 50, 14, 12, 16},
                text.get("table.number"),
                text.get("table.unit"),
                text.get("table.votes"),
                text.get("table.share"),
                text.get("table.result"));
    int n = 1;
    for (OptionResult o : result.options()) {
      t.addCell(l.cell(Integer.toString(n++), TextAlignment.CENTER));
      t.addCell(l.cell(o.option(), TextAlignment.LEFT));
      t.addCell(l.cell(Long.toString(o.votesFor()), TextAlignment.CENTER));
      if (hands) {
        HandsCount count = hands(r, o.option());
        t.addCell(
            l.cell(count == null ? "" : Integer.toString(count.against()), TextAlignment.CENTER));
        t.addCell(
            l.cell(count == null ? "" : Integer.toString(count.abstain()), TextAlignment.CENTER));
      }
      t.addCell(l.cell(Words.percent(o.share().percent()), TextAlignment.CENTER));
      t.addCell(l.cell(outcome(result, r, o), TextAlignment.CENTER));
    }
    return t;
  }

  private String outcome(RoundResult result, RoundRecord r, OptionResult o) {
    if (result.nominated().contains(o.option()) || r.chairChoice().contains(o.option())) {
      return text.get("table.nominated");
    }
    if (result.tied().contains(o.option())) {
      return text.get("table.tied");
    }
    return text.get(o.passed() && result.quorumMet() ? "table.passed" : "table.failed");
  }
}
