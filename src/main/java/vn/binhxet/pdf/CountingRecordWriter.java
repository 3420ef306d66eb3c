package vn.binhxet.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.MinutesFacts;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.Vote;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.BallotTally;
import vn.binhxet.domain.vote.RoundRecord;
import vn.binhxet.domain.vote.RoundResult;

/**
 * The counting record (Biên bản kiểm phiếu) of each counted secret ballot, one after the other,
 * each from a new page: the committee, voters convened and present, the ballots, the count per
 * unit, the conclusion, and the committee's signatures.
 */
final class CountingRecordWriter {
  private final Fonts fonts;
  private final Words words;

  CountingRecordWriter(Fonts fonts, Words words) {
    this.fonts = fonts;
    this.words = words;
  }

  byte[] write(MinutesFacts f) {
    DocText text = words.text();
    return PdfFile.write(
        fonts,
        PageFormat.of(f.style()),
        new Layout.Settings(f.style(), words),
        text.get("counting.title") + " " + f.conference().title(),
        MinutesWriter.footer(f),
        pages -> {
          boolean first = true;
          for (MinutesFacts.CountedRound cr : f.countedBallots()) {
            if (!first) {
              pages.document().add(new AreaBreak());
            }
            first = false;
            record(f, cr, pages.document(), pages.layout());
          }
        });
  }

  private void record(MinutesFacts f, MinutesFacts.CountedRound cr, Document doc, Layout l) {
    Conference c = f.conference();
    DocText text = l.text;
    RoundRecord r = cr.round().record();
    boolean party = f.style() == DocumentStyle.PARTY;
    doc.add(l.heading(c.header(), c.heldOn()));
    doc.add(l.title(text.get("counting.title"), subject(cr.vote(), r, c, text)));
    if (c.illustrative()) {
      doc.add(l.illustrative());
    }
    var opened = cr.round().openedAt();
    doc.add(
        l.body(
            text.get(
                "counting.opening",
                words.time(opened),
                words.date(opened == null ? c.heldOn() : opened.toLocalDate()),
                c.place(),
                c.title())));
    List<Participant> committee = new ArrayList<>(c.withRole(Role.COUNTING_HEAD));
    committee.addAll(c.withRole(Role.COUNTING_MEMBER));
    int n = 1;
    for (Participant p : committee) {
      doc.add(
          l.body(
              text.get(
                  "counting.member",
                  n++,
                  MinutesWriter.person(p, party, text),
                  text.get(
                      p.role() == Role.COUNTING_HEAD
                          ? "counting.role.head"
                          : "counting.role.member"))));
    }
    doc.add(l.body(text.get("counting.did")));

    BallotTally t = (BallotTally) r.tally();
    String basis = r.setup().rule().voterBasis().name();
    doc.add(l.body("1. " + text.get("counting.convened." + basis, r.setup().votersEntitled())));
    doc.add(l.body("2. " + text.get("counting.present." + basis, r.setup().votersPresent())));
    doc.add(l.body("3. " + text.get("counting.issued", t.issued())));
    doc.add(l.body("4. " + text.get("counting.collected", t.collected())));
    doc.add(l.body("5. " + text.get("counting.valid", t.valid())));
    doc.add(
        l.body(
            "6. "
                + text.get(
                    "counting.invalid",
                    t.invalidTotal(),
                    t.invalid().isEmpty()
                        ? ""
                        : text.get(
                            "counting.invalid.reasons",
                            new VoteNarrative(l, c.reviewYear()).reasons(t.invalid())))));
    doc.add(l.body("7. " + text.get("counting.results")).setKeepWithNext(true));
    RoundResult result = r.stored();
    doc.add(new VoteNarrative(l, c.reviewYear()).table(r, result));
    doc.add(
        l.body(
            text.get(
                "counting.rule",
                words.rule(r.setup().rule()),
                words.count(r.setup().seats()),
                words.base(r.setup().rule()))));
    doc.add(l.body(l.bold(text.get("counting.conclusion")), l.plain(conclusion(result, text))));

    var closed = cr.round().closedAt();
    List<Paragraph> lead =
        List.of(
            l.body(
                closed == null
                    ? text.get("counting.closed.blank")
                    : text.get("counting.closed", words.time(closed))));
    List<Layout.Signer> signers = new ArrayList<>();
    for (Participant p : c.withRole(Role.COUNTING_MEMBER)) {
      signers.add(new Layout.Signer(List.of(text.get("counting.sign.member")), p.fullName()));
    }
    Participant head = c.withRole(Role.COUNTING_HEAD).stream().findFirst().orElse(null);
    signers.add(
        new Layout.Signer(
            List.of(
                text.get(party ? "counting.sign.party" : "counting.sign.state"),
                text.get("counting.sign.head")),
            head == null ? null : head.fullName()));
    doc.add(l.signatures(lead, signers));
  }

  private String conclusion(RoundResult result, DocText text) {
    if (!result.quorumMet()) {
      return text.get("told.noQuorum");
    }
    List<String> out = new ArrayList<>();
    if (!result.nominated().isEmpty()) {
      out.add(text.get("told.nominated", words.list(result.nominated())));
    } else if (result.tied().isEmpty()) {
      out.add(text.get("told.noneNominated"));
    }
    if (!result.tied().isEmpty()) {
      out.add(text.get("told.tied", words.list(result.tied()), words.count(result.seatsLeft())));
    }
    return String.join(" ", out);
  }

  static String subject(MinutesFacts.VoteFacts v, RoundRecord r, Conference c, DocText text) {
    Vote vote = v.vote();
    String year = Integer.toString(c.reviewYear());
    String next = Integer.toString(c.reviewYear() + 1);
    return switch (vote.kind()) {
      case NOMINATION ->
          v.rounds().size() > 1
              ? text.get("counting.subject.round", v.award(), year, r.ref().round())
              : text.get("counting.subject", v.award(), year);
      case CLUSTER_HEAD -> text.get("counting.subject.head", next);
      case DEPUTY_HEAD -> text.get("counting.subject.deputy", next);
      case MOTION -> text.get("counting.subject.motion", vote.subject());
    };
  }

  static boolean isHead(Vote v) {
    return v.kind() == VoteKind.CLUSTER_HEAD || v.kind() == VoteKind.DEPUTY_HEAD;
  }
}
