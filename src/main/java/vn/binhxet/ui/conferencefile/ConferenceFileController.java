package vn.binhxet.ui.conferencefile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.binhxet.domain.SavedConference;
import vn.binhxet.service.ConferenceFileService;
import vn.binhxet.service.ConferenceService;
import vn.binhxet.service.ErrorText;
import vn.binhxet.service.InvalidInputException;
import vn.binhxet.service.Problem;
import vn.binhxet.ui.common.DialogService;
import vn.binhxet.ui.common.ErrorMessages;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;
import vn.binhxet.ui.session.SessionModel;

/**
 * Imports a conference file as a new conference, and exports the open conference as one. The file
 * is read, checked and written on the task runner; a refused file stores nothing and is shown
 * problem by problem, each with where in the file it lies.
 *
 * <p>Two ways in for a file already chosen: {@link #onImport(Path)} imports it at once (the user
 * picked it in the app), {@link #onOpenFromDesktop(Path)} first checks it and asks, naming the
 * conference it holds, because a double-click on a file must not silently add a conference.
 */
public final class ConferenceFileController {
  /** What the window does once a file was imported or written. */
  public interface Listener {
    /** Conference {@code id} was imported from the file named {@code fileName}: show it. */
    void onImported(long id, String fileName);

    /** The open conference was written to {@code location}. */
    void onExported(String location);
  }

  static final String EXTENSION = ".binhxet";

  /** A refusal lists this many problems; a file with more is best exported again anyway. */
  static final int PROBLEMS_SHOWN = 12;

  private final SessionModel session;
  private final ConferenceFileService files;
  private final ConferenceService conferences;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final I18n i18n;
  private final Listener listener;

  public ConferenceFileController(
      SessionModel session,
      ConferenceFileService files,
      ConferenceService conferences,
      TaskRunner tasks,
      DialogService dialogs,
      I18n i18n,
      Listener listener) {
    this.session = session;
    this.files = files;
    this.conferences = conferences;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.i18n = i18n;
    this.listener = listener;
  }

  /** File › Import: asks for the file, then imports it. */
  public void onImport() {
    dialogs
        .chooseFileToOpen(
            i18n.tr("conferencefile.import.title"),
            new DialogService.FileFilter(
                i18n.tr("conferencefile.filter.binhxet"), List.of("*" + EXTENSION)),
            new DialogService.FileFilter(i18n.tr("conferencefile.filter.json"), List.of("*.json")),
            // "*.*" would hide a file without an extension on Linux.
            new DialogService.FileFilter(i18n.tr("conferencefile.filter.all"), List.of("*")))
        .ifPresent(this::onImport);
  }

  /** Imports {@code file} as a new conference without asking, and shows it. */
  public void onImport(Path file) {
    tasks.run(
        () -> files.importFile(read(file)),
        id -> listener.onImported(id, name(file)),
        failure -> refuse(file, failure));
  }

  /**
   * The app was started with {@code file} (the desktop opened a conference file with it): checks
   * the file, then asks before importing it, naming the conference it holds and saying whether this
   * data has one of the same title and year already.
   */
  public void onOpenFromDesktop(Path file) {
    tasks.run(
        () -> {
          byte[] bytes = read(file);
          ConferenceFileService.Contents contents = files.check(bytes);
          boolean held =
              conferences.list().stream()
                  .anyMatch(
                      c ->
                          c.title().equals(contents.title())
                              && c.reviewYear() == contents.reviewYear());
          return new Checked(bytes, contents, held);
        },
        checked -> {
          if (!dialogs.confirm(i18n.tr("conferencefile.import.title"), question(file, checked))) {
            return;
          }
          tasks.run(
              () -> files.importFile(checked.bytes()),
              id -> listener.onImported(id, name(file)),
              failure -> refuse(file, failure));
        },
        failure -> refuse(file, failure));
  }

  /** File › Export: asks where, proposing the title as the file's name, then writes the file. */
  public void onExport() {
    SavedConference open = session.conference();
    if (open == null) {
      return;
    }
    String suggested =
        FileSafeName.of(open.conference().title(), i18n.tr("conferencefile.defaultName"))
            + EXTENSION;
    Optional<Path> chosen =
        dialogs.chooseFileToSave(
            i18n.tr("conferencefile.export.title"),
            suggested,
            new DialogService.FileFilter(
                i18n.tr("conferencefile.filter.binhxet"), List.of("*" + EXTENSION)),
            new DialogService.FileFilter(i18n.tr("conferencefile.filter.json"), List.of("*.json")));
    if (chosen.isEmpty()) {
      return;
    }
    Path target = withExtension(chosen.get());
    // The chooser asked before replacing the name typed, not the one the extension made.
    if (!target.equals(chosen.get())
        && Files.exists(target)
        && !dialogs.confirm(
            i18n.tr("conferencefile.export.title"),
            i18n.tr("conferencefile.export.replace", target))) {
      return;
    }
    long id = open.id();
    String location = target.toAbsolutePath().normalize().toString();
    tasks.run(
        () -> {
          files.exportTo(id, target);
          return location;
        },
        listener::onExported,
        failure ->
            fail("conferencefile.export.failed", "conferencefile.unwritable", target, failure));
  }

  /** A name typed without the extension gets it: the desktop opens the file by it. */
  static Path withExtension(Path chosen) {
    String name = chosen.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(EXTENSION) || lower.endsWith(".json")
        ? chosen
        : chosen.resolveSibling(name + EXTENSION);
  }

  private String question(Path file, Checked checked) {
    ConferenceFileService.Contents c = checked.contents();
    String text =
        i18n.tr(
            "conferencefile.confirm",
            file.toAbsolutePath().normalize(),
            c.title(),
            c.clusterName(),
            c.reviewYear(),
            c.units(),
            c.rounds());
    return checked.held() ? text + "\n\n" + i18n.tr("conferencefile.confirm.held") : text;
  }

  private void refuse(Path file, Throwable failure) {
    if (!(failure instanceof InvalidInputException refused)) {
      fail("conferencefile.import.failed", "conferencefile.unreadable", file, failure);
      return;
    }
    var m = i18n.messagesProperty().get();
    List<Problem> problems = refused.problems();
    List<String> lines = new ArrayList<>();
    lines.add(m.get("cli.import.refused", file.toAbsolutePath().normalize(), problems.size()));
    lines.add("");
    for (Problem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
      // "$" is the whole file: its path would only puzzle.
      lines.add(
          "• "
              + ("$".equals(p.field())
                  ? m.get(p.messageKey(), p.args().toArray())
                  : ErrorText.located(p, m)));
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      lines.add(m.get("conferencefile.refused.more", problems.size() - PROBLEMS_SHOWN));
    }
    dialogs.showError(i18n.tr("conferencefile.refused.title"), String.join("\n", lines));
  }

  private void fail(String titleKey, String ioKey, Path file, Throwable failure) {
    String text =
        failure instanceof IOException io
            ? i18n.tr(ioKey, file.toAbsolutePath().normalize(), why(io))
            : ErrorMessages.describe(failure, i18n);
    dialogs.showError(i18n.tr(titleKey), text);
  }

  private String why(IOException e) {
    if (e instanceof NotAFile) {
      return i18n.tr("conferencefile.io.folder");
    }
    if (e instanceof NoSuchFileException) {
      return i18n.tr("conferencefile.io.missing");
    }
    if (e instanceof AccessDeniedException) {
      return i18n.tr("conferencefile.io.denied");
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return i18n.tr("conferencefile.io.other", f.getReason());
    }
    return i18n.tr("conferencefile.io.other", String.valueOf(e.getMessage()));
  }

  /** On the task runner: a folder is told as such, not as the system's "Is a directory". */
  private static byte[] read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new NotAFile(file);
    }
    return ConferenceFileService.read(file);
  }

  private static final class NotAFile extends IOException {
    private static final long serialVersionUID = 1L;

    NotAFile(Path file) {
      super(file.toString());
    }
  }

  private static String name(Path file) {
    return String.valueOf(file.getFileName());
  }

  private record Checked(byte[] bytes, ConferenceFileService.Contents contents, boolean held) {}
}
