package vn.binhxet.service;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.binhxet.domain.BackupFile;
import vn.binhxet.domain.BackupStore;

/**
 * The backups folder's naming and rotation: {@code binhxet-YYYYMMDD-HHMMSS[-n]-reason.zip}, so that
 * names sort by time; a name already taken gets a counter, never overwriting a backup.
 */
final class Backups {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern NAME =
      Pattern.compile("binhxet-(\\d{8}-\\d{6})(?:-(\\d+))?(?:-([a-z][a-z-]*))?\\.zip");
  private static final Comparator<Parsed> NEWEST_FIRST =
      Comparator.comparing((Parsed p) -> p.backup().takenAt())
          .thenComparingInt(Parsed::counter)
          .thenComparing(p -> p.backup().name())
          .reversed();

  private Backups() {}

  private record Parsed(Backup backup, int counter) {}

  /** The backups of the folder, newest first; files not named as ours are left out. */
  static List<Backup> newestFirst(BackupStore store) {
    return store.list().stream()
        .map(Backups::parse)
        .flatMap(Optional::stream)
        .sorted(NEWEST_FIRST)
        .map(Parsed::backup)
        .toList();
  }

  /** A name for a backup taken {@code at} that no file in the folder bears yet. */
  static String freshName(BackupStore store, LocalDateTime at, BackupReason reason) {
    Set<String> taken =
        store.list().stream().map(BackupFile::name).collect(Collectors.toUnmodifiableSet());
    String stamp = at.format(STAMP);
    for (int n = 1; ; n++) {
      String name = "binhxet-" + stamp + (n == 1 ? "" : "-" + n) + "-" + reason.word() + ".zip";
      if (!taken.contains(name)) {
        return name;
      }
    }
  }

  /** Deletes all but the {@code keep} newest backups. */
  static void keepNewest(BackupStore store, int keep) {
    List<Backup> all = newestFirst(store);
    for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
      store.delete(old.name());
    }
  }

  static Optional<Parsed> parse(BackupFile f) {
    Matcher m = NAME.matcher(f.name());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
      int counter = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      BackupReason reason = m.group(3) == null ? null : BackupReason.ofWord(m.group(3));
      return Optional.of(
          new Parsed(new Backup(f.name(), f.location(), at, reason, f.size()), counter));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
