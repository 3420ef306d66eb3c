package vn.binhxet.ui.documents;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.PageImages.PageImage;

/** Which document, in which style; its drawn pages once previewed; where it was last saved. */
public final class DocumentsModel {
  private final ObjectProperty<DocumentKind> kind =
      new SimpleObjectProperty<>(DocumentKind.MINUTES);
  private final ObjectProperty<DocumentStyle> style =
      new SimpleObjectProperty<>(DocumentStyle.PARTY);
  private final ReadOnlyListWrapper<PageImage> pages =
      new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
  private final BooleanBinding styleApplies =
      Bindings.createBooleanBinding(() -> kind.get() != null && kind.get().hasStyle(), kind);
  private final BooleanBinding hasPages = pages.emptyProperty().not();

  // The choices are the user's to make: the view binds them both ways.
  public ObjectProperty<DocumentKind> kindProperty() {
    return kind;
  }

  public ObjectProperty<DocumentStyle> styleProperty() {
    return style;
  }

  public ReadOnlyListProperty<PageImage> pagesProperty() {
    return pages.getReadOnlyProperty();
  }

  /** What the last action did, or why it could not ("" when nothing to tell). */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Path> savedProperty() {
    return saved.getReadOnlyProperty();
  }

  public BooleanBinding styleApplies() {
    return styleApplies;
  }

  public BooleanBinding hasPages() {
    return hasPages;
  }

  void setPages(java.util.List<PageImage> drawn) {
    pages.setAll(drawn);
  }

  void setMessage(String text) {
    message.set(text);
  }

  void setSaved(Path file) {
    saved.set(file);
  }
}
