package vn.binhxet.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.canvas.draw.DashedLine;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import vn.binhxet.domain.BallotPaperFacts;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.VoteKind;

/**
 * Ballot papers (Phiếu bầu), as many to an A4 sheet as fit, separated by cut lines: the box for the
 * committee's stamp in the upper-left corner, the title, what is voted on, the quota instruction,
 * and the options with a box to mark.
 */
final class BallotPaperWriter {
  private static final float BOX = 6 * PageFormat.MM;

  private final Fonts fonts;
  private final Words words;

  BallotPaperWriter(Fonts fonts, Words words) {
    this.fonts = fonts;
    this.words = words;
  }

  byte[] write(List<BallotPaperFacts> ballots) {
    DocText text = words.text();
    DocumentStyle style = ballots.get(0).conference().header().style();
    return PdfFile.write(
        fonts,
        PageFormat.forms(),
        new Layout.Settings(style, words),
        text.get("ballot.title") + " " + ballots.get(0).conference().title(),
        null,
        pages -> {
          boolean first = true;
          for (BallotPaperFacts b : ballots) {
            for (int i = 0; i < b.copies(); i++) {
              Div d = new Div().setKeepTogether(true);
              if (!first) {
                d.add(cutLine());
              }
              first = false;
              d.add(ballot(b, pages.layout()));
              pages.document().add(d);
            }
          }
        });
  }

  private static LineSeparator cutLine() {
    LineSeparator line = new LineSeparator(new DashedLine(0.5f));
    line.setMarginTop(6);
    line.setMarginBottom(8);
    return line;
  }

  private Div ballot(BallotPaperFacts b, Layout l) {
    DocText text = l.text;
    Div d = new Div();
    Table top =
        new Table(UnitValue.createPercentArray(new float[] {26, 74})).useAllAvailableWidth();
    Cell stamp =
        new Cell()
            .add(l.centred(l.italic(text.get("ballot.stamp")), 8))
            .setBorder(new SolidBorder(ColorConstants.BLACK, 0.6f))
            .setHeight(20 * PageFormat.MM)
            .setVerticalAlignment(VerticalAlignment.BOTTOM)
            .setPadding(2);
    top.addCell(stamp);
    Cell title = Layout.bare().setVerticalAlignment(VerticalAlignment.MIDDLE).setPaddingLeft(6);
    title.add(l.centred(l.plain(b.conference().title()), 11));
    title.add(l.centred(l.bold(text.get("ballot.title")), l.format.title()).setMarginTop(4));
    title.add(l.centred(l.bold(subject(b, text)), l.format.subject()));
    if (b.round() > 1) {
      title.add(l.centred(l.bold(text.get("ballot.round", b.round())), l.format.subject()));
    }
    top.addCell(title);
    d.add(top);

    boolean motion = b.vote().kind() == VoteKind.MOTION;
    d.add(
        new Paragraph(
                l.italic(
                    motion
                        ? text.get("ballot.instruction.motion")
                        : text.get("ballot.instruction", words.count(b.seats()))))
            .setFontSize(11)
            .setTextAlignment(TextAlignment.JUSTIFIED)
            .setMarginTop(6)
            .setMarginBottom(4));

    Table t =
        motion
            ? l.table(
                new float[] {60, 20, 20},
                text.get("ballot.content"),
                text.get("ballot.agree"),
                text.get("ballot.disagree"))
            : l.table(
                new float[] {9, 71, 20},
                text.get("table.number"),
                text.get("ballot.option"),
                text.get("ballot.agree"));
    int n = 1;
    for (String option : b.options()) {
      if (!motion) {
        t.addCell(tight(l.cell(Integer.toString(n++), TextAlignment.CENTER)).setHeight(BOX));
      }
      t.addCell(tight(l.cell(option, TextAlignment.LEFT)).setHeight(BOX));
      t.addCell(tight(l.cell("", TextAlignment.CENTER)));
      if (motion) {
        t.addCell(tight(l.cell("", TextAlignment.CENTER)));
      }
    }
    d.add(t.setMarginBottom(0));
    return d;
  }

  /** Rows only as tall as the box to mark, so that two ballots of a dozen units share a sheet. */
  private static Cell tight(Cell c) {
    c.setPaddingTop(1).setPaddingBottom(1);
    return c;
  }

  static String subject(BallotPaperFacts b, DocText text) {
    int year = b.conference().reviewYear();
    return switch (b.vote().kind()) {
      case NOMINATION -> text.get("counting.subject", b.award(), Integer.toString(year));
      case CLUSTER_HEAD -> text.get("counting.subject.head", Integer.toString(year + 1));
      case DEPUTY_HEAD -> text.get("counting.subject.deputy", Integer.toString(year + 1));
      case MOTION -> b.vote().subject();
    };
  }
}
