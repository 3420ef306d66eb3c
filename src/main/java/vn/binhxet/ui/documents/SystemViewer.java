package vn.binhxet.ui.documents;

import java.nio.file.Path;

/** Opens a saved file in the program the system uses for it. Called off the FX thread. */
@FunctionalInterface
public interface SystemViewer {
  /** False when this system cannot open files (no desktop, no program for PDF). */
  boolean open(Path file);
}
