package vn.binhxet.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.time.LocalDate;
import java.util.List;
import vn.binhxet.domain.DocumentHeader;
import vn.binhxet.domain.DocumentStyle;

/**
 * The building blocks every document shares: the heading blocks of the chosen style, titles, body
 * paragraphs, tables and the signature blocks. One per document, since fonts are.
 */
final class Layout {
  /** First-line indent of a body paragraph: 1 cm (Decree 30: 1–1.27 cm). */
  static final float INDENT = 10 * PageFormat.MM;

  final Fonts.Set fonts;
  final PageFormat format;
  final DocumentStyle style;
  final Words words;
  final DocText text;

  /** The style and wording a document is written in. */
  record Settings(DocumentStyle style, Words words) {}

  Layout(Fonts.Set fonts, PageFormat format, DocumentStyle style, Words words) {
    this.fonts = fonts;
    this.format = format;
    this.style = style;
    this.words = words;
    this.text = words.text();
  }

  Text plain(String s) {
    return new Text(vn.binhxet.domain.Text.nfc(s)).setFont(fonts.regular());
  }

  Text bold(String s) {
    return new Text(vn.binhxet.domain.Text.nfc(s)).setFont(fonts.bold());
  }

  Text italic(String s) {
    return new Text(vn.binhxet.domain.Text.nfc(s)).setFont(fonts.italic());
  }

  /** A body paragraph: justified, first line indented, 6 pt after (Decree 30 Appendix I). */
  Paragraph body(Text... parts) {
    Paragraph p = new Paragraph().addAll(List.of(parts));
    return p.setFontSize(format.body())
        .setTextAlignment(TextAlignment.JUSTIFIED)
        .setFirstLineIndent(INDENT)
        .setMultipliedLeading(1.15f)
        .setMarginTop(0)
        .setMarginBottom(6);
  }

  Paragraph body(String s) {
    return body(plain(s));
  }

  /** "Label: value", the label in bold. */
  Paragraph labelled(String label, String value) {
    return body(bold(label), plain(value));
  }

  Paragraph centred(Text t, float size) {
    return new Paragraph(t)
        .setFontSize(size)
        .setTextAlignment(TextAlignment.CENTER)
        .setMultipliedLeading(1.1f)
        .setMargin(0);
  }

  /**
   * The heading of the first page: issuing body and number on the left; the Party's name, or the
   * national name and motto, and the place and date on the right.
   */
  Table heading(DocumentHeader h, LocalDate date) {
    boolean party = style == DocumentStyle.PARTY;
    Table t =
        new Table(UnitValue.createPercentArray(party ? new float[] {44, 56} : new float[] {38, 62}))
            .useAllAvailableWidth()
            .setMarginBottom(party ? 14 : 10);

    Cell issuer = bare().setVerticalAlignment(VerticalAlignment.TOP);
    String upper = h.issuingBodyUpper();
    String lower = h.issuingBodyLower();
    if (upper != null) {
      issuer.add(centred(plain(upper.toUpperCase(DocText.VIETNAMESE)), format.issuer()));
    }
    issuer.add(
        centred(
            bold(lower != null ? lower.toUpperCase(DocText.VIETNAMESE) : text.get("blank.long")),
            format.issuer()));
    if (party) {
      issuer.add(centred(plain(text.get("party.star")), format.issuer()));
    } else {
      issuer.add(rule(40));
    }
    t.addCell(issuer);

    Cell motto = bare().setVerticalAlignment(VerticalAlignment.TOP);
    if (party) {
      motto.add(centred(underlined(text.get("party.motto")), format.mottoUpper()));
    } else {
      motto.add(centred(bold(text.get("state.motto.upper")), format.mottoUpper()));
      motto.add(centred(underlined(text.get("state.motto.lower")), format.mottoLower()));
    }
    t.addCell(motto);

    String number =
        h.documentNumber() == null
            ? text.get(party ? "party.number.blank" : "state.number.blank")
            : text.get(party ? "party.number" : "state.number", h.documentNumber());
    t.addCell(bare().add(centred(plain(number), format.body()).setMarginTop(party ? 2 : 6)));
    String dateLine =
        h.datePlaceName() == null
            ? text.get(
                "dateLine.noPlace",
                words.day(date),
                words.month(date),
                Integer.toString(date.getYear()))
            : text.get(
                "dateLine",
                h.datePlaceName(),
                words.day(date),
                words.month(date),
                Integer.toString(date.getYear()));
    t.addCell(bare().add(centred(italic(dateLine), format.body()).setMarginTop(party ? 2 : 6)));
    return t;
  }

  /** A rule exactly as long as its text, as both formats draw under the Party's name and motto. */
  private Text underlined(String s) {
    return bold(s).setUnderline(0.6f, -5.5f);
  }

  /** A short centred rule, {@code percent} of the block's width, a little below the line above. */
  Div rule(float percent) {
    return new Div()
        .setWidth(UnitValue.createPercentValue(percent))
        .setHorizontalAlignment(HorizontalAlignment.CENTER)
        .setHeight(5)
        .setBorderBottom(new SolidBorder(ColorConstants.BLACK, 0.6f));
  }

  /** The document's name ("BIÊN BẢN") and what it is about, centred and bold. */
  Div title(String title, String subject) {
    Div d = new Div().setMarginTop(10).setMarginBottom(12);
    d.add(centred(bold(title), format.title()));
    if (subject != null) {
      d.add(centred(bold(subject), format.subject()).setMarginTop(2));
    }
    if (style == DocumentStyle.STATE) {
      d.add(rule(25));
    }
    return d;
  }

  /** The demo's warning, set where nobody can miss it. */
  Paragraph illustrative() {
    return centred(italic(text.get("illustrative")), format.body() - 1).setMarginBottom(8);
  }

  /** A cell with no border, for layout tables. */
  static Cell bare() {
    return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
  }

  /** A data table whose header row repeats on every page it runs onto. */
  Table table(float[] widths, String... headers) {
    Table t =
        new Table(UnitValue.createPercentArray(widths))
            .useAllAvailableWidth()
            .setMarginTop(2)
            .setMarginBottom(8);
    for (String h : headers) {
      t.addHeaderCell(
          new Cell()
              .add(centred(bold(h), format.body() - 2))
              .setBorder(new SolidBorder(ColorConstants.BLACK, 0.5f))
              .setVerticalAlignment(VerticalAlignment.MIDDLE)
              .setPadding(3));
    }
    return t;
  }

  Cell cell(String s, TextAlignment align) {
    return new Cell()
        .add(
            new Paragraph(plain(s))
                .setFontSize(format.body() - 2)
                .setTextAlignment(align)
                .setMultipliedLeading(1.1f)
                .setMargin(0))
        .setBorder(new SolidBorder(ColorConstants.BLACK, 0.5f))
        .setVerticalAlignment(VerticalAlignment.MIDDLE)
        .setPadding(3);
  }

  /** One signer: the heading lines (bold capitals), and the name, or null to be written by hand. */
  record Signer(List<String> headings, String name) {}

  /**
   * The signature blocks side by side, each with room to sign and the name under it. Kept in one
   * piece with {@code lead}, the paragraph before them, so that they never stand alone on a page.
   */
  Div signatures(List<Paragraph> lead, List<Signer> signers) {
    Div d = new Div().setKeepTogether(true);
    lead.forEach(d::add);
    float[] widths = new float[signers.size()];
    java.util.Arrays.fill(widths, 1);
    Table t =
        new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginTop(8);
    int lines = signers.stream().mapToInt(s -> s.headings().size()).max().orElse(1);
    for (Signer s : signers) {
      Cell c = bare();
      for (String h : s.headings()) {
        c.add(centred(bold(h), format.body()));
      }
      // Names on one line across the blocks, whatever their headings.
      for (int i = s.headings().size(); i < lines; i++) {
        c.add(centred(plain("\u00a0"), format.body()));
      }
      c.add(new Paragraph("").setHeight(28 * PageFormat.MM).setMargin(0));
      c.add(
          centred(
              s.name() == null ? plain(text.get("blank.sign")) : bold(s.name()), format.body()));
      t.addCell(c);
    }
    d.add(t);
    return d;
  }

  /**
   * "Nơi nhận:" and its lines: Party style underlines the heading; State style sets it bold italic
   * (Decree 30 Appendix I).
   */
  Div distribution(String lines) {
    Div d = new Div().setMarginTop(14).setKeepTogether(true);
    Text head =
        style == DocumentStyle.PARTY
            ? plain(text.get("distribution")).setUnderline(0.5f, -2f)
            : new Text(text.get("distribution")).setFont(fonts.boldItalic());
    d.add(new Paragraph(head).setFontSize(format.distributionHead()).setMargin(0));
    String body =
        lines != null
            ? lines
            : text.get(
                style == DocumentStyle.PARTY
                    ? "distribution.party.default"
                    : "distribution.state.default");
    for (String line : body.split("\\R")) {
      d.add(
          new Paragraph(plain(line))
              .setFontSize(format.distribution())
              .setMargin(0)
              .setMultipliedLeading(1.1f));
    }
    return d;
  }
}
