package vn.binhxet.ui.header;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.ui.common.EditorState;

/** What heads the documents: style, issuing body lines, number, place name, distribution list. */
public final class HeaderModel {
  public static final String STYLE = "style";
  public static final String UPPER = "upper";
  public static final String LOWER = "lower";
  public static final String NUMBER = "number";
  public static final String PLACE = "placeName";
  public static final String DISTRIBUTION = "distribution";

  private final EditorState state = new EditorState();
  private final ObjectProperty<DocumentStyle> style =
      new SimpleObjectProperty<>(DocumentStyle.PARTY);
  private final StringProperty upper = new SimpleStringProperty("");
  private final StringProperty lower = new SimpleStringProperty("");
  private final StringProperty number = new SimpleStringProperty("");
  private final StringProperty placeName = new SimpleStringProperty("");
  private final StringProperty distribution = new SimpleStringProperty("");

  /** Problems, "saved at" and news; its list is unused here. */
  public EditorState state() {
    return state;
  }

  // The form's fields are the user's to edit: the view binds them both ways.
  public ObjectProperty<DocumentStyle> styleProperty() {
    return style;
  }

  public StringProperty upperProperty() {
    return upper;
  }

  public StringProperty lowerProperty() {
    return lower;
  }

  public StringProperty numberProperty() {
    return number;
  }

  public StringProperty placeNameProperty() {
    return placeName;
  }

  public StringProperty distributionProperty() {
    return distribution;
  }
}
