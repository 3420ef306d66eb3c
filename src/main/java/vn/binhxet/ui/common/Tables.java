package vn.binhxet.ui.common;

import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Table columns of text that wrap rather than cut long Vietnamese names. */
public final class Tables {
  private Tables() {}

  public static <R> TableColumn<R, String> textColumn(
      StringBinding header, Function<R, String> value, double prefWidth, boolean grow) {
    return textColumn(header, value, prefWidth, Math.min(prefWidth, 48), grow);
  }

  /**
   * @param minWidth the narrowest the column may be squeezed: wide enough for its longest word, so
   *     text wraps between words and never inside one
   */
  public static <R> TableColumn<R, String> textColumn(
      StringBinding header,
      Function<R, String> value,
      double prefWidth,
      double minWidth,
      boolean grow) {
    TableColumn<R, String> column = new TableColumn<>();
    // A wrapping label as the header: a long Vietnamese heading takes two lines instead of "…".
    Label label = new Label();
    label.textProperty().bind(header);
    label.setWrapText(true);
    label.setTextAlignment(TextAlignment.CENTER);
    label.getStyleClass().add("column-title");
    label.maxWidthProperty().bind(column.widthProperty().subtract(10));
    column.setGraphic(label);
    column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
    column.setPrefWidth(prefWidth);
    column.setMinWidth(minWidth);
    column.setSortable(false);
    column.setReorderable(false);
    column.setCellFactory(c -> new WrappingCell<>());
    if (grow) {
      column.setMaxWidth(Double.MAX_VALUE);
    }
    return column;
  }

  private static final class WrappingCell<R> extends TableCell<R, String> {
    private final Text text = new Text();

    WrappingCell() {
      text.getStyleClass().add("cell-text");
      text.wrappingWidthProperty().bind(widthProperty().subtract(14));
      setGraphic(null);
      setPrefHeight(USE_COMPUTED_SIZE);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setGraphic(null);
      } else {
        text.setText(item);
        setGraphic(text);
      }
    }
  }
}
