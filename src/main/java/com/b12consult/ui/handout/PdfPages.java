package com.b12consult.ui.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The handout's PDF pages as JavaFX images: the preview and the printer show the very pages of the PDF. */
final class PdfPages {
    private PdfPages() {
    }

    static List<Image> render(byte[] pdf, float dpi) throws IOException {
        List<Image> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(toFx(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
        }
        return pages;
    }

    // javafx.swing's SwingFXUtils is not on the class path; copying the pixels is all it would do
    private static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
