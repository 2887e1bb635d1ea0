package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.PaperSize;
import com.b12consult.handout.HandoutDocument.BulletList;
import com.b12consult.handout.HandoutDocument.Paragraph;
import com.b12consult.handout.HandoutDocument.Section;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF itself: title and language, embedded fonts, paper sizes, wrapping and page breaks, odd characters. */
class HandoutPdfTest {
    private static HandoutDocument doc(String name, PaperSize paper, List<Section> sections) {
        return new HandoutDocument("Your B12 treatment: notes for " + name, "en", paper, name, "Clinic", "0123",
                "Your clinic: Clinic, phone 0123",
                LocalDate.of(2026, 11, 21), sections, "This handout supports your clinician's advice.");
    }

    @Test
    void titleLanguageAndEmbeddedFontsAreSet() throws IOException {
        byte[] bytes = Handouts.PDF.render(doc("Zoë Ünal-Łukasiewicz", PaperSize.A4,
                List.of(new Section("Heading", List.of(new Paragraph("Some text."))))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals("Your B12 treatment: notes for Zoë Ünal-Łukasiewicz", pdf.getDocumentInformation().getTitle());
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            PDPage page = pdf.getPage(0);
            int fonts = 0;
            for (COSName n : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(n);
                assertTrue(font.isEmbedded(), font.getName() + " must be embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                fonts++;
            }
            assertEquals(2, fonts, "regular and bold");
            assertTrue(new PDFTextStripper().getText(pdf).contains("Zoë Ünal-Łukasiewicz"), "real, selectable text");
        }
    }

    @Test
    void paperSizeComesFromTheHandout() throws IOException {
        for (PaperSize paper : PaperSize.values()) {
            try (PDDocument pdf = Loader.loadPDF(Handouts.PDF.render(doc("A", paper, List.of())))) {
                assertEquals(paper == PaperSize.A4 ? 595.3 : 612, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
                assertEquals(paper == PaperSize.A4 ? 841.9 : 792, pdf.getPage(0).getMediaBox().getHeight(), 0.5);
            }
        }
    }

    @Test
    void longContentWrapsAndBreaksOntoNumberedPagesWithNothingLost() throws IOException {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add("Item " + i + " is a long sentence that must wrap onto a second line because it is longer than the"
                    + " page is wide, and it ends here " + i + ".");
        }
        items.add("Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword ends.");
        byte[] bytes = Handouts.PDF.render(doc("A", PaperSize.A4, List.of(new Section("Many", List.of(new BulletList(items))))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "60 two-line bullets take several pages, got " + pages);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String item : items.subList(0, 60)) {
                assertTrue(text.contains(item), "lost or garbled: " + item);
            }
            assertTrue(text.contains("Page " + pages + " of " + pages), text);
        }
    }

    @Test
    void aCharacterTheFontCannotDrawBecomesAQuestionMarkInsteadOfStoppingTheHandout() throws IOException {
        byte[] bytes = Handouts.PDF.render(doc("李 Wei", PaperSize.A4, List.of()));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("For ? Wei"));
        }
    }
}
