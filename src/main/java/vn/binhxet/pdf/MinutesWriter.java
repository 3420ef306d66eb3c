package vn.binhxet.pdf;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.AgendaStepKind;
import vn.binhxet.domain.Comparison;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.MinutesFacts;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.VoteKind;
import vn.binhxet.domain.vote.OptionResult;
import vn.binhxet.domain.vote.RoundResult;

/**
 * The minutes (Biên bản hội nghị) after form 1.9 of Decree 30/2020/NĐ-CP Appendix III, in Party or
 * State style: heading, time and place, attendance and quorum, chair and secretary, the content
 * step by step, the results, the closing and approval, the signatures and the distribution.
 */
final class MinutesWriter {
  private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter PRINTED_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Fonts fonts;
  private final Words words;

  MinutesWriter(Fonts fonts, Words words) {
    this.fonts = fonts;
    this.words = words;
  }

  byte[] write(MinutesFacts f) {
    Conference c = f.conference();
    DocText text = words.text();
    return PdfFile.write(
        fonts,
        PageFormat.of(f.style()),
        new Layout.Settings(f.style(), words),
        text.get("minutes.title") + " " + c.title(),
        footer(f),
        pages -> body(f, pages.document(), pages.layout()));
  }

  /** "In lúc 10:05, 12/12/2018 · nhật ký 214 mục · mã đối chiếu 3fa9c1e2ab41". */
  static String footer(MinutesFacts f) {
    DocText text = new DocText();
    return text.get(
        "footer",
        text.get("footer.time", PRINTED.format(f.printedAt()), PRINTED_DAY.format(f.printedAt())),
        f.audit().entries(),
        f.audit().shortHash());
  }

  private void body(MinutesFacts f, Document doc, Layout l) {
    Conference c = f.conference();
    DocText text = l.text;
    boolean party = f.style() == DocumentStyle.PARTY;
    doc.add(l.heading(c.header(), c.heldOn()));
    doc.add(l.title(text.get("minutes.title"), c.title()));
    if (c.illustrative()) {
      doc.add(l.illustrative());
    }

    doc.add(
        l.labelled(
            text.get("minutes.started"),
            text.get(
                "minutes.startedAt",
                words.time(f.startedAt()),
                words.date(f.startedAt() == null ? c.heldOn() : f.startedAt().toLocalDate()))));
    doc.add(l.labelled(text.get("minutes.place"), c.place() + "."));
    doc.add(l.body(l.bold(text.get("minutes.attendance"))));
    if (!f.guestsPresent().isEmpty()) {
      List<String> guests = new ArrayList<>();
      for (Participant g : f.guestsPresent()) {
        guests.add(person(g, party, text));
      }
      doc.add(l.body(l.plain(text.get("minutes.guests") + String.join("; ", guests) + ".")));
    }
    doc.add(
        l.body(
            text.get("minutes.members", f.unitsPresent().size(), c.members().size())
                + words.list(f.unitsPresent())
                + "."));
    doc.add(
        l.body(
            f.unitsAbsent().isEmpty()
                ? text.get("minutes.absent.none")
                : text.get("minutes.absent") + words.list(f.unitsAbsent()) + "."));
    doc.add(l.body(quorum(f.quorum(), text)));
    doc.add(l.labelled(text.get("minutes.chair"), people(f, Role.CHAIR, party, text) + "."));
    doc.add(
        l.labelled(text.get("minutes.secretary"), people(f, Role.SECRETARY, party, text) + "."));

    doc.add(l.body(l.bold(text.get("minutes.content"))).setMarginTop(6));
    VoteNarrative narrative = new VoteNarrative(l, c.reviewYear());
    for (MinutesFacts.Step s : f.steps()) {
      doc.add(
          l.body(l.bold(text.get("minutes.step", s.position(), s.step().title())))
              .setKeepWithNext(true));
      if (s.step().notes() != null) {
        for (String line : s.step().notes().split("\\R")) {
          if (!line.isBlank()) {
            doc.add(l.body(line.strip()));
          }
        }
      }
      if (s.step().votePosition() != null && s.step().kind() != AgendaStepKind.CONCLUSION) {
        narrative.of(f.vote(s.step().votePosition())).forEach(doc::add);
      }
    }

    doc.add(l.body(l.bold(text.get("minutes.summary"))).setKeepWithNext(true));
    for (MinutesFacts.VoteFacts v : f.votes()) {
      if (v.vote().kind() == VoteKind.NOMINATION) {
        doc.add(
            l.body(
                text.get(
                    "minutes.summary.award",
                    v.award(),
                    v.chosen().isEmpty()
                        ? text.get("minutes.summary.none")
                        : words.list(v.chosen()))));
      }
    }
    if (f.nextHead() != null) {
      doc.add(
          l.body(text.get("minutes.nextHead", Integer.toString(c.reviewYear() + 1), f.nextHead())));
    }

    List<Paragraph> closing = new ArrayList<>();
    closing.add(l.body(approval(f, text)));
    closing.add(
        l.body(
            text.get(
                "minutes.ended",
                words.time(f.endedAt()),
                words.date(f.endedAt() == null ? c.heldOn() : f.endedAt().toLocalDate()))));
    doc.add(
        l.signatures(
            closing,
            List.of(
                new Layout.Signer(
                    List.of(text.get("minutes.secretarySign")), name(f, Role.SECRETARY)),
                new Layout.Signer(List.of(text.get("minutes.chairSign")), name(f, Role.CHAIR)))));
    doc.add(l.distribution(c.distribution()));
  }

  private static String quorum(MinutesFacts.Quorum q, DocText text) {
    if (q.rule() == null) {
      return text.get("minutes.quorum.noRule", q.present(), q.members());
    }
    String key =
        (q.met() ? "minutes.quorum.met" : "minutes.quorum.notMet")
            + (q.rule().quorumOp() == Comparison.GT ? "Gt" : "");
    return text.get(key, q.present(), q.members(), Words.fraction(q.rule().quorum()));
  }

  /**
   * The approval sentence, with the count of the vote that approved the minutes when one was taken
   * at the closing step.
   */
  private static String approval(MinutesFacts f, DocText text) {
    for (MinutesFacts.Step s : f.steps()) {
      if (s.step().kind() == AgendaStepKind.CONCLUSION && s.step().votePosition() != null) {
        MinutesFacts.VoteFacts v = f.vote(s.step().votePosition());
        if (v.decided() && !v.chosen().isEmpty() && !v.rounds().isEmpty()) {
          RoundResult r = v.rounds().get(v.rounds().size() - 1).record().currentResult();
          if (r != null && !r.options().isEmpty()) {
            OptionResult o = r.options().get(0);
            return text.get(
                "minutes.approvedVote",
                o.votesFor(),
                o.share().whole(),
                Words.percent(o.share().percent()));
          }
        }
      }
    }
    return text.get("minutes.approved");
  }

  /** "đồng chí Nguyễn Văn A, Chánh Văn phòng", or the title alone when no name is recorded. */
  static String person(Participant p, boolean party, DocText text) {
    if (p.fullName() == null) {
      return p.title() != null ? p.title() : text.get("blank.long");
    }
    String who = party ? text.get("party.comrade", p.fullName()) : p.fullName();
    return p.title() == null ? who : who + ", " + p.title();
  }

  private static String people(MinutesFacts f, Role role, boolean party, DocText text) {
    List<Participant> ps = f.withRole(role);
    if (ps.isEmpty()) {
      return text.get("blank.long");
    }
    return String.join("; ", ps.stream().map(p -> person(p, party, text)).toList());
  }

  private static String name(MinutesFacts f, Role role) {
    return f.withRole(role).stream().findFirst().map(Participant::fullName).orElse(null);
  }
}
