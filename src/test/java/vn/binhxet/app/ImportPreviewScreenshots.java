package vn.binhxet.app;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import vn.binhxet.ui.Fakes;
import vn.binhxet.ui.common.FxTaskRunner;
import vn.binhxet.ui.common.I18n;
import vn.binhxet.ui.common.Styles;

/**
 * Draws the import preview of the member units, with a bad row, in the real main window at
 * 1366×768, for docs/screenshots. Run under Xvfb: {@code ImportPreviewScreenshots <data dir> <png>
 * vi|en}.
 */
public final class ImportPreviewScreenshots {
  private ImportPreviewScreenshots() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path png = Path.of(args[1]);
    Locale language = Locale.forLanguageTag(args[2]);
    Files.createDirectories(data);
    Path list = data.resolve("danh-sach-don-vi.csv");
    Files.writeString(
        list,
        "STT;Tên đơn vị;Tên viết tắt;Ghi chú\n"
            + "1;Sở Tư pháp;STP;\n"
            + "2;Công an tỉnh;CA;mới\n"
            + "3;Báo Bắc Ninh;BBN;\n"
            + "4;;TTr;thiếu tên\n"
            + "5;Cục Thuế tỉnh;CT;\n"
            + "6;Sở Tư pháp;;trùng\n",
        StandardCharsets.UTF_8);
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    Services services = Services.open(data.resolve("db"), Clock.systemUTC());
    services.conferences().createDemo();
    Fakes.Dialogs dialogs = new Fakes.Dialogs();
    dialogs.files.add(list);
    FxTaskRunner tasks = new FxTaskRunner();
    Stage[] stage = new Stage[1];
    onFx(
        () -> {
          stage[0] = new Stage();
          MainWindow window =
              TestWindow.over(
                  stage[0],
                  services,
                  null,
                  tasks,
                  dialogs,
                  new Fakes.Settings(),
                  new I18n(language),
                  "screenshots");
          Scene scene = new Scene(window.root(), 1366, 768);
          scene.getStylesheets().add(Styles.STYLESHEET);
          stage[0].setScene(scene);
          stage[0].show();
          window.start();
        });
    Thread.sleep(3000);
    onFx(
        () ->
            ((ListView<?>) stage[0].getScene().lookup("#conference-list"))
                .getSelectionModel()
                .select(0));
    Thread.sleep(3000);
    onFx(
        () -> {
          TabPane tabs = (TabPane) stage[0].getScene().lookup(".tab-pane");
          tabs.getSelectionModel().select(4);
        });
    Thread.sleep(1000);
    // Both editors have the button: take the one of the tab shown.
    onFx(
        () -> {
          TabPane tabs = (TabPane) stage[0].getScene().lookup(".tab-pane");
          ((Button) tabs.getSelectionModel().getSelectedItem().getContent().lookup("#import-open"))
              .fire();
        });
    Thread.sleep(3000);
    onFx(
        () -> {
          WritableImage image = stage[0].getScene().snapshot(null);
          PixelReader px = image.getPixelReader();
          int w = (int) image.getWidth();
          int h = (int) image.getHeight();
          BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
          for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
              out.setRGB(x, y, px.getArgb(x, y));
            }
          }
          try {
            ImageIO.write(out, "png", png.toFile());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    tasks.shutdown();
    services.close();
    Platform.exit();
    System.out.println("wrote " + png);
  }

  private static void onFx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(
        () -> {
          try {
            r.run();
          } finally {
            done.countDown();
          }
        });
    done.await();
  }
}
