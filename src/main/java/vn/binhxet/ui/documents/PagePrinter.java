package vn.binhxet.ui.documents;

import java.util.List;
import vn.binhxet.domain.PageImages.PageImage;

/** Prints drawn pages after asking the user for the printer; called on the FX thread. */
@FunctionalInterface
public interface PagePrinter {
  enum Outcome {
    PRINTED,
    CANCELLED,
    NO_PRINTER,
    FAILED
  }

  Outcome print(String jobName, List<PageImage> pages);
}
