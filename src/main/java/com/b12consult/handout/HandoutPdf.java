package com.b12consult.handout;

import com.b12consult.domain.PaperSize;
import com.b12consult.handout.HandoutDocument.Block;
import com.b12consult.handout.HandoutDocument.BulletList;
import com.b12consult.handout.HandoutDocument.FillInTable;
import com.b12consult.handout.HandoutDocument.Lead;
import com.b12consult.handout.HandoutDocument.Paragraph;
import com.b12consult.handout.HandoutDocument.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Lays a handout out on A4 or Letter pages and writes it as PDF: real text in an embedded Unicode font
 * (DejaVu Sans, shipped with the app, since the 14 built-in PDF fonts cannot draw many names), with the
 * document title and language set. The preview and the printer both show these very pages.
 */
public final class HandoutPdf {
    static final String FONT_DIR = "/com/b12consult/handout/fonts/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final byte[] regularFont;
    private final byte[] boldFont;

    /** @throws IllegalStateException if the fonts are missing from the build (a packaging fault) */
    public HandoutPdf() {
        this.regularFont = fontBytes("DejaVuSans.ttf");
        this.boldFont = fontBytes("DejaVuSans-Bold.ttf");
    }

    public byte[] render(HandoutDocument handout) {
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, handout);
            PageWriter pages = new PageWriter(pdf, size(handout.paper()),
                    PDType0Font.load(pdf, new java.io.ByteArrayInputStream(regularFont), true),
                    PDType0Font.load(pdf, new java.io.ByteArrayInputStream(boldFont), true));
            try {
                header(pages, handout);
                for (Section section : handout.sections()) {
                    section(pages, section, section == handout.sections().get(0));
                }
                closing(pages, handout);
            } finally {
                pages.finish();
            }
            pages.footers("For " + handout.patientName() + ", " + DAY.format(handout.date()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The handout could not be written as PDF: " + e.getMessage(), e);
        }
    }

    static PDRectangle size(PaperSize paper) {
        return paper == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
    }

    private static void describe(PDDocument pdf, HandoutDocument handout) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(handout.title());
        info.setSubject("Patient handout");
        info.setCreator("B12 Consult");
        if (!handout.clinicName().isEmpty()) {
            info.setAuthor(handout.clinicName());
        }
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setLanguage(handout.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true); // viewers show the title, not the file name
        catalog.setViewerPreferences(prefs);
    }

    private static void header(PageWriter w, HandoutDocument h) throws IOException {
        w.text(h.title(), Style.TITLE, 0);
        w.gap(4);
        w.text("For " + h.patientName() + "  ·  " + DAY.format(h.date()), Style.META, 0);
        if (!h.contactLine().isBlank()) {
            w.text(h.contactLine(), Style.META, 0);
        }
        w.gap(6);
        w.rule(Style.ACCENT);
        w.gap(10);
    }

    private static void section(PageWriter w, Section s, boolean urgent) throws IOException {
        // keep a heading with at least its first lines
        w.ensure(Style.HEADING.leading + 3 * Style.BODY.leading);
        w.text(s.heading(), urgent ? Style.URGENT_HEADING : Style.HEADING, 0);
        w.gap(3);
        for (Block block : s.blocks()) {
            if (block instanceof Paragraph p) {
                w.text(p.text(), Style.BODY, 0);
                w.gap(5);
            } else if (block instanceof Lead lead) {
                w.ensure(Style.LEAD.leading + 2 * Style.BODY.leading);
                w.text(lead.text(), Style.LEAD, 0);
                w.gap(2);
            } else if (block instanceof BulletList list) {
                for (String item : list.items()) {
                    w.bullet(item);
                    w.gap(2.5f);
                }
                w.gap(2);
            } else if (block instanceof FillInTable table) {
                w.gap(4);
                w.table(table);
                w.gap(6);
            }
        }
        w.gap(6);
    }

    private static void closing(PageWriter w, HandoutDocument h) throws IOException {
        w.ensure(8 + 2 * Style.BODY.leading);
        w.rule(Style.MUTED);
        w.gap(6);
        w.text(h.closingNote(), Style.BODY, 0);
    }

    private static byte[] fontBytes(String name) {
        try (InputStream in = HandoutPdf.class.getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("The handout font " + name + " is missing from the app ("
                        + FONT_DIR + "); the build is incomplete");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How text is set: size, line height, weight and colour (RGB, 0 to 1). */
    enum Style {
        TITLE(19, 25, true, 0.10f, 0.22f, 0.40f),
        META(10.5f, 15, false, 0.20f, 0.20f, 0.20f),
        HEADING(13.5f, 19, true, 0.10f, 0.22f, 0.40f),
        URGENT_HEADING(13.5f, 19, true, 0.70f, 0.05f, 0.05f),
        BODY(11, 14.2f, false, 0.05f, 0.05f, 0.05f),
        LEAD(11, 14.2f, true, 0.05f, 0.05f, 0.05f),
        TABLE_CAPTION(11, 16, true, 0.05f, 0.05f, 0.05f),
        TABLE_HEAD(9.5f, 12.5f, true, 0.05f, 0.05f, 0.05f),
        FOOTER(8.5f, 11, false, 0.35f, 0.35f, 0.35f),
        ACCENT(0, 0, false, 0.10f, 0.22f, 0.40f),
        MUTED(0, 0, false, 0.65f, 0.65f, 0.65f);

        final float size;
        final float leading;
        final boolean bold;
        final float r;
        final float g;
        final float b;

        Style(float size, float leading, boolean bold, float r, float g, float b) {
            this.size = size;
            this.leading = leading;
            this.bold = bold;
            this.r = r;
            this.g = g;
            this.b = b;
        }
    }
}
