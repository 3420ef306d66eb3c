package vn.binhxet.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** A choice of an enum shown by its words in the bundle ({@code prefix + name}). */
public final class EnumWords {
  private EnumWords() {}

  public static <E extends Enum<E>> void show(ComboBox<E> box, I18n i18n, String prefix) {
    StringConverter<E> converter =
        new StringConverter<>() {
          @Override
          public String toString(E e) {
            if (e == null) {
              return "";
            }
            String words = i18n.tr(prefix + e.name());
            return words.isEmpty() ? i18n.tr("prep.none") : words;
          }

          @Override
          public E fromString(String s) {
            return null;
          }
        };
    box.setConverter(converter);
    box.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : converter.toString(item));
              }
            });
    ListCell<E> shown =
        new ListCell<>() {
          @Override
          protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : converter.toString(item));
          }
        };
    box.setButtonCell(shown);
    // The choice shown follows a change of language; held weakly, so the box can go with its view.
    javafx.beans.InvalidationListener relabel =
        o -> shown.setText(converter.toString(box.getValue()));
    box.getProperties().put(EnumWords.class, relabel);
    i18n.messagesProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
    box.setMaxWidth(Double.MAX_VALUE);
  }
}
