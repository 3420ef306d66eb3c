package vn.binhxet.ui.voting.hands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.Unit;
import vn.binhxet.domain.VoterBasis;
import vn.binhxet.domain.vote.Choice;
import vn.binhxet.domain.vote.EntryMode;
import vn.binhxet.domain.vote.HandsCount;
import vn.binhxet.domain.vote.HandsTally;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundRef;
import vn.binhxet.domain.vote.RoundStatus;
import vn.binhxet.domain.vote.VoteOutcome;
import vn.binhxet.service.EntryService;
import vn.binhxet.service.VoteService;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.voting.hands.RaisedHandsModel.OptionItem;
import vn.binhxet.ui.voting.hands.RaisedHandsModel.VoterRow;
import vn.binhxet.ui.voting.round.CurrentRound;
import vn.binhxet.ui.voting.round.FieldProblem;

/**
 * Ticks, per option, how each voter present raised its hand: 1 for, 2 against, 3 abstaining, 0
 * none, Space to cycle; Enter saves the option's ticks as one entry and goes on to the next option.
 * The counts follow from the ticks, so they can never disagree with them.
 */
public final class RaisedHandsController {
  private final RaisedHandsModel model;
  private final CurrentRound current;
  private final VoteService votes;
  private final EntryService entries;
  private final I18n i18n;
  private final InvalidationListener refresh = o -> fill();
  // The ticks of each option as the secretary has them, saved or not.
  private final Map<String, Map<String, Choice>> drafts = new HashMap<>();
  private List<String> present = List.of();
  private RoundRef shown;
  private int option;
  private int voter;
  private boolean inFlight;

  public RaisedHandsController(
      RaisedHandsModel model, CurrentRound current, VoteService votes, EntryService entries) {
    this.model = model;
    this.current = current;
    this.votes = votes;
    this.entries = entries;
    this.i18n = current.i18n();
    current.listen(refresh);
    fill();
  }

  public void close() {
    current.unlisten(refresh);
  }

  public void onSelectOption(int index) {
    RoundRecord r = open();
    if (r != null && index >= 0 && index < r.setup().options().size() && index != option) {
      option = index;
      voter = 0;
      model.setProblem(null);
      show(r);
    }
  }

  /** Left and Right: the previous or next option, its ticks kept. */
  public void onMoveOption(int delta) {
    onSelectOption(option + delta);
  }

  public void onSelectVoter(int index) {
    if (index >= 0 && index < present.size()) {
      voter = index;
      model.setVoter(index);
    }
  }

  /** 1, 2, 3 or 0: ticks the selected voter and moves to the next, as the hands are counted. */
  public void onTick(Choice choice) {
    RoundRecord r = open();
    if (r == null || present.isEmpty()) {
      return;
    }
    set(r, present.get(voter), choice);
    if (voter + 1 < present.size()) {
      voter++;
    }
    show(r);
  }

  /** Space: none, for, against, abstaining, none… on the selected voter, which stays selected. */
  public void onCycle() {
    RoundRecord r = open();
    if (r == null || present.isEmpty()) {
      return;
    }
    Choice now = draft(r).get(present.get(voter));
    Choice next =
        now == null
            ? Choice.FOR
            : switch (now) {
              case FOR -> Choice.AGAINST;
              case AGAINST -> Choice.ABSTAIN;
              case ABSTAIN -> null;
            };
    set(r, present.get(voter), next);
    show(r);
  }

  /**
   * Ctrl+A: every voter not ticked yet raised its hand for: the usual unanimous vote, in one key.
   */
  public void onAllFor() {
    RoundRecord r = open();
    if (r == null) {
      return;
    }
    Map<String, Choice> d = draft(r);
    present.forEach(v -> d.putIfAbsent(v, Choice.FOR));
    show(r);
  }

  /** Enter: the option's ticks are one entry; then the next option. */
  public void onSave() {
    RoundRecord r = open();
    if (r == null || inFlight) {
      return;
    }
    String name = r.setup().options().get(option);
    Map<String, Choice> hands = new LinkedHashMap<>(draft(r));
    HandsCount count = HandsTally.fromRaisedHands(Map.of(name, hands)).counts().get(name);
    inFlight = true;
    int saved = option;
    current.enter(
        () -> entries.recordRaisedHands(r.ref(), name, hands),
        i18n.tr("voting.saved.hands", name, count.votesFor(), count.against(), count.abstain()),
        warnings -> {
          inFlight = false;
          model.setProblem(null);
          RoundRecord now = open();
          if (now != null && saved + 1 < now.setup().options().size()) {
            onSelectOption(saved + 1);
            current.status().requestFocus("voting-raised-units");
          } else {
            current.status().requestFocus("voting-close");
          }
        },
        findings -> {
          inFlight = false;
          if (!findings.isEmpty()) {
            model.setProblem(FieldProblem.error(current.describe(findings)));
          }
        });
  }

  private void set(RoundRecord r, String name, Choice choice) {
    Map<String, Choice> d = draft(r);
    if (choice == null) {
      d.remove(name);
    } else {
      d.put(name, choice);
    }
    model.setProblem(null);
  }

  private Map<String, Choice> draft(RoundRecord r) {
    String name = r.setup().options().get(option);
    return drafts.computeIfAbsent(
        name, n -> new LinkedHashMap<>(r.raised().getOrDefault(n, Map.of())));
  }

  private RoundRecord open() {
    RoundRecord r = current.round();
    return r != null && r.status() == RoundStatus.OPEN && r.mode() == EntryMode.HANDS_RAISED
        ? r
        : null;
  }

  private void fill() {
    RoundRecord r = open();
    model.setActive(r != null);
    if (r == null) {
      shown = null;
      return;
    }
    if (!r.ref().equals(shown)) {
      shown = r.ref();
      drafts.clear();
      option = 0;
      voter = 0;
      present = List.of();
      loadVoters(r);
    }
    // What is stored wins over a draft once saved: drop the drafts that match it.
    r.raised()
        .forEach(
            (o, hands) -> {
              Map<String, Choice> d = drafts.get(o);
              if (d != null && d.equals(hands)) {
                drafts.remove(o);
              }
            });
    show(r);
  }

  /** The voters present: units, or entitled delegates under a rule by delegates. */
  private void loadVoters(RoundRecord r) {
    VoteOutcome o = current.outcome();
    Conference c = current.session().conference().conference();
    long id = current.conferenceId();
    boolean byUnit = o.vote().rule().voterBasis() == VoterBasis.UNIT;
    current
        .tasks()
        .run(
            () -> {
              List<String> names = new ArrayList<>();
              if (byUnit) {
                Map<String, Boolean> here = votes.attendance(id);
                c.members().stream()
                    .map(Unit::name)
                    .filter(u -> here.getOrDefault(u, false))
                    .forEach(names::add);
              } else {
                var here = votes.delegatesPresent(id);
                for (int i = 0; i < c.participants().size(); i++) {
                  Participant p = c.participants().get(i);
                  if (p.entitledToVote() && here.containsKey(i + 1)) {
                    names.add(p.fullName() != null ? p.fullName() : p.title());
                  }
                }
              }
              // A voter ticked before leaving the hall is still shown with its tick.
              r.raised()
                  .values()
                  .forEach(
                      m -> m.keySet().stream().filter(v -> !names.contains(v)).forEach(names::add));
              return List.copyOf(names);
            },
            names -> {
              present = names;
              RoundRecord now = open();
              if (now != null && now.ref().equals(r.ref())) {
                show(now);
              }
            },
            current::fail);
  }

  private void show(RoundRecord r) {
    List<String> options = r.setup().options();
    List<OptionItem> items = new ArrayList<>();
    for (String name : options) {
      Map<String, Choice> stored = r.raised().get(name);
      Map<String, Choice> d = drafts.getOrDefault(name, stored == null ? Map.of() : stored);
      boolean saved = stored != null && stored.equals(d);
      items.add(new OptionItem(name, summary(name, d, saved, stored != null), saved));
    }
    model.setOptions(items);
    String name = options.get(option);
    model.setOption(option, i18n.tr("voting.raised.title", option + 1, name));
    Map<String, Choice> d = draft(r);
    List<VoterRow> rows = present.stream().map(v -> new VoterRow(v, d.get(v))).toList();
    model.setVoters(rows);
    model.setVoter(present.isEmpty() ? null : Math.min(voter, present.size() - 1));
    HandsCount c = HandsTally.fromRaisedHands(Map.of(name, d)).counts().get(name);
    model.setCounts(
        i18n.tr(
            "voting.raised.counts",
            c.votesFor(),
            c.against(),
            c.abstain(),
            Math.max(0, present.size() - d.size())));
  }

  private String summary(String name, Map<String, Choice> d, boolean saved, boolean stored) {
    HandsCount c = HandsTally.fromRaisedHands(Map.of(name, d)).counts().get(name);
    String state =
        i18n.tr(
            saved
                ? "voting.raised.saved"
                : stored || !d.isEmpty() ? "voting.raised.unsaved" : "voting.raised.none");
    return i18n.tr("voting.raised.summary", c.votesFor(), c.against(), c.abstain(), state);
  }
}
