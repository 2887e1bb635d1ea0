package com.b12consult.ui.handout;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** Prints through the system's print dialog: each PDF page as an image scaled to the printable area. */
public final class FxPrintService implements PrintService {
    private static final float PRINT_DPI = 200;
    private final Supplier<Window> owner;

    public FxPrintService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Outcome print(byte[] pdf, String jobName) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Outcome.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        try {
            List<Image> pages = PdfPages.render(pdf, PRINT_DPI);
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (Image page : pages) {
                ImageView view = new ImageView(page);
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(view)) {
                    job.cancelJob();
                    return Outcome.FAILED;
                }
            }
            return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
        } catch (IOException e) {
            job.cancelJob();
            return Outcome.FAILED;
        }
    }
}
