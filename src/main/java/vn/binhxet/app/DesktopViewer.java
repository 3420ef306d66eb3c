package vn.binhxet.app;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import vn.binhxet.ui.documents.SystemViewer;

/** The system's own program for the file, where the platform offers one. */
final class DesktopViewer implements SystemViewer {
  @Override
  public boolean open(Path file) {
    if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
      return false;
    }
    try {
      Desktop.getDesktop().open(file.toFile());
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
