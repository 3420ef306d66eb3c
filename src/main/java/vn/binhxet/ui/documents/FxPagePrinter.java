package vn.binhxet.ui.documents;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import vn.binhxet.domain.PageImages.PageImage;

/** Prints each drawn page scaled into the printable area, after the system's print dialog. */
public final class FxPagePrinter implements PagePrinter {
  private final Window owner;

  public FxPagePrinter(Window owner) {
    this.owner = owner;
  }

  @Override
  public boolean available() {
    return javafx.print.Printer.getDefaultPrinter() != null
        || !javafx.print.Printer.getAllPrinters().isEmpty();
  }

  @Override
  public Outcome print(String jobName, List<PageImage> pages) {
    PrinterJob job = PrinterJob.createPrinterJob();
    if (job == null) {
      return Outcome.NO_PRINTER;
    }
    job.getJobSettings().setJobName(jobName);
    if (!job.showPrintDialog(owner)) {
      job.cancelJob();
      return Outcome.CANCELLED;
    }
    PageLayout layout = job.getJobSettings().getPageLayout();
    for (PageImage page : pages) {
      ImageView view = new ImageView(DocumentsView.image(page));
      view.setPreserveRatio(true);
      view.setSmooth(true);
      view.setFitWidth(layout.getPrintableWidth());
      view.setFitHeight(layout.getPrintableHeight());
      if (!job.printPage(layout, view)) {
        job.cancelJob();
        return Outcome.FAILED;
      }
    }
    return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
  }
}
