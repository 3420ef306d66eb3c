package vn.binhxet.ui.common;

import java.util.stream.Collectors;
import vn.binhxet.domain.NotFoundException;
import vn.binhxet.domain.StorageException;
import vn.binhxet.service.InvalidInputException;

/** A failure told in the user's language, never as a bare stack trace. */
public final class ErrorMessages {
  private ErrorMessages() {}

  public static String describe(Throwable t, I18n i18n) {
    if (t instanceof StorageException s) {
      String detail = s.getCause() == null ? "" : String.valueOf(s.getCause().getMessage());
      return i18n.tr("error.storage." + s.problem().name(), s.where(), detail);
    }
    if (t instanceof NotFoundException n) {
      return i18n.tr("error.notFound", n.id());
    }
    if (t instanceof InvalidInputException v) {
      return v.problems().stream()
          .map(p -> i18n.tr(p.messageKey(), p.args().toArray()))
          .collect(Collectors.joining("\n"));
    }
    return i18n.tr("error.unexpected", String.valueOf(t.getMessage()));
  }
}
