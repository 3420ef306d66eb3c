package vn.binhxet.ui.listimport;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import vn.binhxet.domain.Conference;
import vn.binhxet.domain.ParticipantKind;
import vn.binhxet.domain.Role;
import vn.binhxet.domain.Unit;
import vn.binhxet.service.PersonDraft;
import vn.binhxet.service.imports.DelegateListReader;
import vn.binhxet.service.imports.DelegateRow;
import vn.binhxet.service.imports.ListReading;
import vn.binhxet.service.imports.UnitListReader;
import vn.binhxet.service.imports.UnitRow;
import vn.binhxet.ui.common.I18n;

/** The two lists that may be imported: member units, and delegates with guests. */
public final class ImportTargets {
  private ImportTargets() {}

  public static ImportTarget<UnitRow> units(UnitListReader reader, ImportTarget.Adder<Unit> adder) {
    return new ImportTarget<>() {
      @Override
      public String titleKey() {
        return "import.preview.title.units";
      }

      @Override
      public List<String> columnKeys() {
        return List.of("import.column.NAME", "import.column.SHORT_NAME");
      }

      @Override
      public ListReading<UnitRow> read(Path file, Conference conference) {
        return reader.read(file, conference.members());
      }

      @Override
      public List<String> cells(UnitRow row, I18n i18n) {
        return List.of(row.name(), orEmpty(row.shortName()));
      }

      @Override
      public void save(List<UnitRow> rows, Runnable saved, Consumer<Throwable> refused) {
        adder.add(rows.stream().map(UnitRow::toUnit).toList(), saved, refused);
      }
    };
  }

  public static ImportTarget<DelegateRow> people(
      DelegateListReader reader, ImportTarget.Adder<PersonDraft> adder) {
    return new ImportTarget<>() {
      @Override
      public String titleKey() {
        return "import.preview.title.people";
      }

      @Override
      public List<String> columnKeys() {
        return List.of(
            "import.column.NAME",
            "import.column.TITLE",
            "import.column.UNIT",
            "import.column.ROLE",
            "import.preview.kind");
      }

      @Override
      public ListReading<DelegateRow> read(Path file, Conference conference) {
        return reader.read(file, conference.members());
      }

      @Override
      public List<String> cells(DelegateRow row, I18n i18n) {
        return List.of(
            row.fullName(),
            orEmpty(row.title()),
            orEmpty(row.unit()),
            row.role() == Role.NONE ? "" : i18n.tr("role." + row.role().name()),
            i18n.tr("kind." + kind(row).name()));
      }

      @Override
      public void save(List<DelegateRow> rows, Runnable saved, Consumer<Throwable> refused) {
        adder.add(rows.stream().map(ImportTargets::draft).toList(), saved, refused);
      }
    };
  }

  private static ParticipantKind kind(DelegateRow row) {
    return row.guest() ? ParticipantKind.GUEST : ParticipantKind.DELEGATE;
  }

  /** A delegate votes unless the editor says otherwise; a guest never does. */
  private static PersonDraft draft(DelegateRow row) {
    return new PersonDraft(
        kind(row),
        row.fullName(),
        row.title(),
        row.guest() ? null : row.unit(),
        row.guest() ? row.unit() : null,
        row.role(),
        !row.guest());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
