package vn.binhxet.ui.documents;

import java.util.List;
import vn.binhxet.domain.PageImages.PageImage;

/** Prints drawn pages after asking the user for the printer; called on the FX thread. */
public interface PagePrinter {
  enum Outcome {
    PRINTED,
    CANCELLED,
    NO_PRINTER,
    FAILED
  }

  /** False when the system knows no printer at all: then nothing is worth drawing. */
  boolean available();

  Outcome print(String jobName, List<PageImage> pages);
}
