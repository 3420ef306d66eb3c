package vn.binhxet.pdf;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.ArrayList;
import java.util.List;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.MinutesFacts;
import vn.binhxet.domain.Participant;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Unit;

/**
 * The attendance sheet: every guest and delegate with title and unit, and a column to sign in; a
 * person recorded without a name gets an empty name cell to be written in by hand.
 */
final class AttendanceSheetWriter {
  private static final float ROW = 11 * PageFormat.MM;

  private final Fonts fonts;
  private final Words words;

  AttendanceSheetWriter(Fonts fonts, Words words) {
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
        text.get("attendance.title") + " " + c.title(),
        null,
        pages -> {
          Layout l = pages.layout();
          pages.document().add(l.heading(c.header(), c.heldOn()));
          pages.document().add(l.title(text.get("attendance.title"), c.title()));
          Table t =
              l.table(
                  new float[] {7, 25, 25, 23, 20},
                  text.get("table.number"),
                  text.get("attendance.name"),
                  text.get("attendance.title.column"),
                  text.get("attendance.unit"),
                  text.get("attendance.signature"));
          int n = 1;
          List<Participant> guests =
              c.participants().stream().filter(p -> p.kind() == ParticipantKind.GUEST).toList();
          if (!guests.isEmpty()) {
            t.addCell(section(l, text.get("attendance.guests")));
            for (Participant g : guests) {
              row(t, l, n++, g, g.organisation());
            }
          }
          List<Participant> delegates = new ArrayList<>();
          for (Unit u : c.members()) {
            c.participants().stream()
                .filter(p -> p.kind() == ParticipantKind.DELEGATE && u.name().equals(p.unitName()))
                .forEach(delegates::add);
          }
          c.participants().stream()
              .filter(p -> p.kind() == ParticipantKind.DELEGATE && p.unitName() == null)
              .forEach(delegates::add);
          t.addCell(section(l, text.get("attendance.delegates")));
          for (Participant d : delegates) {
            row(t, l, n++, d, d.unitName());
          }
          pages.document().add(t);
          pages.document().add(l.body(text.get("attendance.total", n - 1, c.members().size())));
        });
  }

  private static Cell section(Layout l, String title) {
    Cell c = l.cell("", TextAlignment.LEFT);
    c = new Cell(1, 5).add(l.body(l.bold(title)).setFirstLineIndent(0).setMarginBottom(0));
    c.setBorder(new com.itextpdf.layout.borders.SolidBorder(0.5f)).setPadding(3);
    return c;
  }

  private static void row(Table t, Layout l, int n, Participant p, String unit) {
    t.addCell(l.cell(Integer.toString(n), TextAlignment.CENTER).setHeight(ROW));
    t.addCell(l.cell(p.fullName() == null ? "" : p.fullName(), TextAlignment.LEFT));
    t.addCell(l.cell(p.title() == null ? "" : p.title(), TextAlignment.LEFT));
    t.addCell(l.cell(unit == null ? "" : unit, TextAlignment.LEFT));
    t.addCell(l.cell("", TextAlignment.LEFT));
  }
}
