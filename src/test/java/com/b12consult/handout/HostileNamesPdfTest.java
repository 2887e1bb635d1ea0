package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.PaperSize;
import com.b12consult.handout.HandoutDocument.Paragraph;
import com.b12consult.handout.HandoutDocument.Section;
import com.b12consult.testing.HostileNames;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Hostile names print: the handout is made for each, and its text, read back with PDFBox, holds the name.
 * DejaVu Sans has no emoji: each emoji prints as "?" (the handout is still made, the rest of the name intact).
 */
class HostileNamesPdfTest {
    private static String printed(String name) throws IOException {
        HandoutDocument doc = new HandoutDocument("Your B12 treatment: notes for " + name, "en", PaperSize.A4, name,
                "Clinic", "0123", "Your clinic: Clinic, phone 0123", LocalDate.of(2026, 11, 21),
                List.of(new Section("For you", List.of(new Paragraph("Dear " + name + ", here is your plan.")))),
                "This handout supports your clinician's advice.");
        try (PDDocument pdf = Loader.loadPDF(Handouts.PDF.render(doc))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void quotesAndSqlPrintAsTyped() throws IOException {
        for (String name : List.of(HostileNames.QUOTES, HostileNames.SQL, HostileNames.SQL_BARE)) {
            assertTrue(printed(name).contains("Dear " + name + ","), name);
        }
    }

    @Test
    void combiningAccentsPrintAsTheLettersTheyMake() throws IOException {
        String text = Normalizer.normalize(printed(HostileNames.COMBINING), Normalizer.Form.NFC);
        assertTrue(text.contains("Renée Peña"), text);
    }

    @Test
    void rightToLeftTextPrintsEveryLetter() throws IOException {
        // PDFBox lays glyphs out left to right without bidi; the text read back (in logical order, as PDFBox
        // reorders right-to-left runs) holds every word.
        String text = printed(HostileNames.RIGHT_TO_LEFT);
        for (String word : HostileNames.RIGHT_TO_LEFT.split(" ")) {
            assertTrue(text.contains(word) || text.contains(new StringBuilder(word).reverse()), word + " in " + text);
        }
    }

    @Test
    void emojiTheFontLacksPrintAsQuestionMarksAndTheRestOfTheNameStays() throws IOException {
        // DejaVu Sans draws the emoticons block (😀, in black and white); the woman health worker with a skin
        // tone is not in it: her two pictographs print as "?", the joiner and the staff of Aesculapius as they are.
        String text = printed(HostileNames.EMOJI);
        assertTrue(text.contains("Dear Ana 😀 Lúcia ??‍⚕"), "[" + text + "]");
        assertFalse(text.contains("👩"));
    }

    @Test
    void aFiveThousandCharacterNameWrapsWithNothingLost() throws IOException {
        String text = printed(HostileNames.LONG);
        // the footers of the pages the paragraph runs over come between its lines
        String body = String.join("\n", text.lines()
                .filter(l -> !l.contains("21 November 2026") && !l.matches(".*Page \\d+ of \\d+")).toList());
        assertTrue(squeezed(body).contains(squeezed("Dear " + HostileNames.LONG + ",")), "the whole name is printed: " + text);
        assertTrue(text.contains("For Longabcdefghij"), "the footer starts with the name, cut to fit");
    }
}
