package vn.binhxet.ui.listimport;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import vn.binhxet.domain.Conference;
import vn.binhxet.service.imports.ListReading;
import vn.binhxet.service.imports.ListRow;
import vn.binhxet.ui.common.I18n;

/** What a kind of list brings to the preview: how it is read, shown and saved. */
public interface ImportTarget<R extends ListRow> {
  /** The preview's title, as a message key. */
  String titleKey();

  /** The headers of the value columns, as message keys. */
  List<String> columnKeys();

  /** Reads the file against the conference as it is. Blocks on I/O: runs on the task runner. */
  ListReading<R> read(Path file, Conference conference);

  /** A row's values as the preview shows them, one per column. */
  List<String> cells(R row, I18n i18n);

  /**
   * Saves the good rows, all or none, through the editor that shows them; then {@code saved}, or
   * {@code refused} with the reason.
   */
  void save(List<R> rows, Runnable saved, Consumer<Throwable> refused);

  /** An editor's intent that adds many at once (units, people). */
  @FunctionalInterface
  interface Adder<T> {
    void add(List<T> items, Runnable saved, Consumer<Throwable> refused);
  }
}
