package vn.binhxet.ui.documents;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.binhxet.domain.DocumentStyle;
import vn.binhxet.domain.PageImages.PageImage;
import vn.binhxet.ui.common.EditorPane;
import vn.binhxet.ui.common.EnumWords;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.TaskRunner;

/** The printed documents: choose one and its style, see its pages, save, open or print it. */
public final class DocumentsView {
  private final BorderPane root = new BorderPane();
  private final VBox sheets = new VBox(16);
  private final DocumentsModel model;
  private final ListChangeListener<PageImage> redraw = c -> redraw();

  public DocumentsView(
      DocumentsModel model, DocumentsController controller, I18n i18n, TaskRunner tasks) {
    this.model = model;
    ComboBox<DocumentKind> kind =
        new ComboBox<>(FXCollections.observableArrayList(DocumentKind.values()));
    kind.setId("documents-kind");
    kind.valueProperty().bindBidirectional(model.kindProperty());
    EnumWords.show(kind, i18n, "documents.kind.");
    ComboBox<DocumentStyle> style =
        new ComboBox<>(FXCollections.observableArrayList(DocumentStyle.values()));
    style.setId("documents-style");
    style.valueProperty().bindBidirectional(model.styleProperty());
    style.disableProperty().bind(model.styleApplies().not());
    EnumWords.show(style, i18n, "style.");

    Button preview = EditorPane.button(i18n, "documents.ui.preview", controller::onPreview);
    preview.setId("documents-preview");
    preview.getStyleClass().add("accent");
    Button save = EditorPane.button(i18n, "documents.ui.save", controller::onSave);
    save.setId("documents-save");
    Button open = EditorPane.button(i18n, "documents.ui.open", controller::onOpenSaved);
    open.setId("documents-open");
    Button print = EditorPane.button(i18n, "documents.ui.print", controller::onPrint);
    print.setId("documents-print");
    for (Button b : new Button[] {preview, save, print}) {
      b.disableProperty().bind(tasks.busyProperty());
    }
    open.disableProperty().bind(Bindings.or(tasks.busyProperty(), model.savedProperty().isNull()));
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(24, 24);
    busy.visibleProperty().bind(tasks.busyProperty());

    Label kindLabel = EditorPane.label(i18n, "documents.ui.kind", kind);
    Label styleLabel = EditorPane.label(i18n, "documents.ui.style", style);
    FlowPane bar = new FlowPane(10, 8);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getChildren().addAll(kindLabel, kind, styleLabel, style, preview, save, open, print, busy);
    Label message = new Label();
    message.setId("documents-message");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    message.managedProperty().bind(model.messageProperty().isEmpty().not());
    message.visibleProperty().bind(message.managedProperty());
    Label hint = new Label();
    hint.setWrapText(true);
    hint.getStyleClass().add("hint");
    hint.textProperty().bind(i18n.bind("documents.ui.hint"));
    hint.visibleProperty().bind(model.hasPages().not());
    hint.managedProperty().bind(hint.visibleProperty());
    VBox top = new VBox(8, bar, message, hint);
    top.setPadding(new Insets(12));

    sheets.setAlignment(Pos.TOP_CENTER);
    sheets.setPadding(new Insets(16));
    sheets.setStyle("-fx-background-color: #8a8f98;");
    ScrollPane scroll = new ScrollPane(sheets);
    scroll.setId("documents-pages");
    scroll.setFitToWidth(true);
    // The grey desk reaches the bottom even under a single short page.
    scroll.setFitToHeight(true);
    scroll.setPannable(true);
    root.setTop(top);
    root.setCenter(scroll);
    model.pagesProperty().addListener(redraw);
    redraw();
  }

  public Node node() {
    return root;
  }

  /** Lets go of the model and of the drawn pages. */
  public void dispose() {
    model.pagesProperty().removeListener(redraw);
    sheets.getChildren().clear();
  }

  private void redraw() {
    sheets.getChildren().clear();
    for (PageImage page : model.pagesProperty()) {
      ImageView view = new ImageView(image(page));
      view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 0, 2);");
      sheets.getChildren().add(view);
    }
  }

  /** Copies the pixels straight in, which spares the Swing bridge. */
  static WritableImage image(PageImage page) {
    WritableImage image = new WritableImage(page.width(), page.height());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            page.width(),
            page.height(),
            PixelFormat.getIntArgbInstance(),
            page.argb(),
            0,
            page.width());
    return image;
  }
}
