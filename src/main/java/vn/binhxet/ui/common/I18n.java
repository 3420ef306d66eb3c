package vn.binhxet.ui.common;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.binhxet.service.Messages;

/**
 * The screens' access to the message bundles. Texts are bindings on the current language, so
 * switching it relabels every open screen at once; the bindings hold their dependency weakly, so a
 * closed screen's labels are collected with it.
 */
public final class I18n {
  private final ObjectProperty<Messages> messages;

  public I18n(Locale locale) {
    this.messages = new SimpleObjectProperty<>(new Messages(locale));
  }

  public ReadOnlyObjectProperty<Messages> messagesProperty() {
    return messages;
  }

  public Locale locale() {
    return messages.get().locale();
  }

  public void setLocale(Locale locale) {
    if (!Messages.supported(locale).equals(locale())) {
      messages.set(new Messages(locale));
    }
  }

  /** The text of {@code key} now. */
  public String tr(String key, Object... args) {
    return messages.get().get(key, args);
  }

  /** The text of {@code key}, following the language. */
  public StringBinding bind(String key, Object... args) {
    return Bindings.createStringBinding(() -> messages.get().get(key, args), messages);
  }
}
