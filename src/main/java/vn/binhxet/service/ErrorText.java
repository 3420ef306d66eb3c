package vn.binhxet.service;

import java.util.stream.Collectors;
import vn.binhxet.domain.BackupRefusedException;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.StorageException;

/**
 * A failure told in the user's language, never as a bare stack trace: one wording for the window
 * and the headless commands alike.
 */
public final class ErrorText {
  private ErrorText() {}

  public static String describe(Throwable t, Messages m) {
    if (t instanceof StorageException s) {
      String detail = s.getCause() == null ? "" : String.valueOf(s.getCause().getMessage());
      return m.get("error.storage." + s.problem().name(), s.where(), detail);
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
