package vn.binhxet.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.binhxet.domain.BackupRefusedException;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.StorageException;
import vn.binhxet.domain.StorageProblem;

/**
 * A failure told in the user's language, never as a bare stack trace: one wording for the window
 * and the headless commands alike.
 */
public final class ErrorText {
  private ErrorText() {}

  private static final Pattern HOLDER = Pattern.compile("(\\d+) (\\S+)");

  private static String storage(StorageException s, Messages m) {
    String key = "error.storage." + s.problem().name();
    Matcher holder = HOLDER.matcher(s.detail());
    if (s.problem() == StorageProblem.IN_USE_BY_ANOTHER_COPY && holder.matches()) {
      try {
        Date since = Date.from(Instant.parse(holder.group(2)));
        return m.get(key + ".holder", s.where(), Long.parseLong(holder.group(1)), since);
      } catch (DateTimeParseException | NumberFormatException e) {
        return m.get(key, s.where(), "");
      }
    }
    if (s.problem() == StorageProblem.DISK_FULL && s.detail().matches("\\d+")) {
      long megabytes = Long.parseLong(s.detail()) / (1024 * 1024);
      return m.get(key, s.where(), megabytes);
    }
    return m.get(key, s.where(), s.detail());
  }

  /**
   * A problem of a file with where in it it lies ("$.rounds[4].hands[0].for: -1 is out of the
   * allowed range").
   */
  public static String located(Problem p, Messages m) {
    return m.get("cli.import.problem", p.field(), m.get(p.messageKey(), p.args().toArray()));
  }

  public static String describe(Throwable t, Messages m) {
    if (t instanceof StorageException s) {
      return storage(s, m);
    }
    if (t instanceof BackupRefusedException b) {
      return m.get("backup.refused." + b.reason().name(), b.where());
    }
    if (t instanceof NotFoundException n) {
      return m.get("error.notFound", n.id());
    }
    if (t instanceof InvalidInputException v) {
      return v.problems().stream()
          .map(p -> m.get(p.messageKey(), p.args().toArray()))
          .collect(Collectors.joining("\n"));
    }
    return m.get("error.unexpected", String.valueOf(t.getMessage()));
  }
}
