package vn.binhxet.ui.common;

import vn.binhxet.service.ErrorText;

/** A failure told in the language the screens show now (the wording is {@link ErrorText}'s). */
public final class ErrorMessages {
  private ErrorMessages() {}

  public static String describe(Throwable t, I18n i18n) {
    return ErrorText.describe(t, i18n.messagesProperty().get());
  }
}
