package com.b12consult.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.ClinicSettings;
import com.b12consult.domain.LabLimits;
import com.b12consult.domain.PaperSize;
import com.b12consult.rules.AssessmentEvaluator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A handout made before the clinic's name and phone are in Settings still says whom to call, in words,
 * and never leaves a label with nothing after it; with them set it names them as before.
 */
class HandoutClinicContactTest {
    /** A label that ends its line (or the text) with nothing after it: "Phone:", "Your clinic:", "Call us on". */
    private static final Pattern EMPTY_LABEL =
            Pattern.compile("(?i)(phone\\s*:?|your clinic\\s*:|call us on|call)\\s*[.,]?\\s*$");

    private static AssessmentEvaluator.Outcome.Evaluated rich() throws IOException {
        String json = new String(HandoutClinicContactTest.class.getResourceAsStream(
                "/com/b12consult/cli/rich-consultation.json").readAllBytes(), StandardCharsets.UTF_8);
        return Handouts.evaluate(json);
    }

    private static HandoutDocument composed(String name, String phone) throws IOException {
        AssessmentEvaluator.Outcome.Evaluated e = rich();
        return Handouts.COMPOSER.compose(e.assessment(), e.report(), "Grace Hopper",
                new ClinicSettings(name, "", phone, PaperSize.A4, LabLimits.defaults()),
                Optional.of(Handouts.DAY.plusDays(14)), Handouts.DAY);
    }

    /** The PDF's text line by line, as printed. */
    private static List<String> lines(HandoutDocument doc) throws IOException {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Handouts.PDF.render(doc))) {
            return Arrays.stream(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).split("\\R"))
                    .map(String::strip).toList();
        }
    }

    @Test
    void withoutNameOrPhoneTheHandoutSaysWhomToCallInWords() throws IOException {
        HandoutDocument doc = composed("", "");
        assertEquals("Your clinic: the clinic that gave you this handout", doc.contactLine());
        assertTrue(doc.closingNote().startsWith("Questions? Call the clinic that gave you this handout. "),
                doc.closingNote());
        // the urgent signs are sent where their own rulebook sentences send them, not to a clinic with no number
        assertTrue(doc.closingNote().contains("get medical help now or call for emergency help now"), doc.closingNote());
        assertTrue(doc.closingNote().endsWith(HandoutComposer.SUPPORTS_NOT_REPLACES), doc.closingNote());

        String text = Handouts.flat(String.join("\n", lines(doc)));
        assertTrue(text.contains("Your clinic: the clinic that gave you this handout"), text);
        assertTrue(text.contains("Questions? Call the clinic that gave you this handout."), text);
        assertFalse(text.contains("Call us on"), "no number to call us on");
    }

    @Test
    void noPrintedLineEndsInAnEmptyPhoneOrClinicLabel() throws IOException {
        for (String[] clinic : new String[][] {{"", ""}, {"Riverside Health Centre", ""}, {"", "01632 960 123"},
                {"  ", "   "}}) {
            List<String> printed = lines(composed(clinic[0], clinic[1]));
            for (String line : printed) {
                assertFalse(EMPTY_LABEL.matcher(line).find(),
                        "\"" + line + "\" leaves a blank, for name \"" + clinic[0] + "\" and phone \"" + clinic[1] + "\"");
            }
        }
    }

    @Test
    void aNameWithoutAPhoneIsNamedAsTheOneToCall() throws IOException {
        HandoutDocument doc = composed("Riverside Health Centre", "");
        assertEquals("Your clinic: Riverside Health Centre", doc.contactLine());
        assertTrue(doc.closingNote().startsWith(
                "Questions? Call Riverside Health Centre, the clinic that gave you this handout. "), doc.closingNote());
    }

    @Test
    void withNameAndPhoneBothArePrintedAsBefore() throws IOException {
        HandoutDocument doc = composed("Riverside Health Centre", "01632 960 123");
        assertEquals("Your clinic: Riverside Health Centre, phone 01632 960 123", doc.contactLine());
        assertEquals("Questions? Call us on 01632 960 123. " + HandoutComposer.SUPPORTS_NOT_REPLACES, doc.closingNote());
        String text = Handouts.text(Handouts.PDF.render(doc));
        assertTrue(text.contains("Your clinic: Riverside Health Centre, phone 01632 960 123"), text);
        assertFalse(text.contains("the clinic that gave you this handout"), text);
    }

    @Test
    void thePhoneAloneIsPrintedWithoutAnEmptyName() throws IOException {
        HandoutDocument doc = composed("", "01632 960 123");
        assertEquals("Your clinic: phone 01632 960 123", doc.contactLine());
    }
}
