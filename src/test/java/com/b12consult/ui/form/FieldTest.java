package com.b12consult.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.InjectionSite;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The field kit, with no toolkit: what is typed, what is read from it, what the field says, and the draft. */
class FieldTest {

    @Test
    void aFieldReadsWhatIsTypedAndSaysNothingWhileItIsFine() {
        Field<Double> dose = Field.of("dose", "dose", Typed::micrograms);
        dose.textProperty().set("1000");
        assertEquals(Optional.of(1000.0), dose.value());
        assertEquals(1000.0, dose.valueProperty().get());
        assertEquals("", dose.messageProperty().get());
        assertTrue(dose.validProperty().get());
        dose.textProperty().set(" 13,5 ");
        assertEquals(Optional.of(13.5), dose.value(), "a comma for decimals, spaces around it dropped");
    }

    @Test
    void badInputIsKeptAsTypedAndTheMessageSaysWhatIsAccepted() {
        Field<Double> dose = Field.of("dose", "dose", Typed::micrograms);
        dose.textProperty().set("1O00");
        assertEquals("1O00", dose.textProperty().get(), "never thrown away");
        assertEquals(Optional.empty(), dose.value());
        assertFalse(dose.validProperty().get());
        assertEquals("\"1O00\" is not a number; type digits, with a point or a comma for decimals, e.g. 1000",
                dose.messageProperty().get());
        dose.textProperty().set("0");
        assertEquals("the dose must be more than 0 micrograms, e.g. 1000", dose.messageProperty().get());
        dose.textProperty().set("500");
        assertEquals("", dose.messageProperty().get(), "corrected, the message goes");
    }

    @Test
    void aRequiredFieldSaysSoWhenBlankAndAnOptionalOneIsFineEmpty() {
        Field<LocalDate> start = Field.of("startDate", "start date", Typed::day).whenBlank("type the start date");
        assertEquals("type the start date", start.messageProperty().get());
        assertFalse(start.validProperty().get());
        Field<Integer> every = Field.of("loadingEvery", "loading course", Typed::days).optional();
        assertEquals("", every.messageProperty().get());
        assertTrue(every.validProperty().get());
        assertEquals(Optional.empty(), every.value());
        every.textProperty().set("x");
        assertTrue(every.messageProperty().get().contains("not a whole number of days"), every.messageProperty().get());
    }

    @Test
    void aRequiredFieldCanWaitToSaySoUntilTheFormIsSentButIsNotValidMeanwhile() {
        BooleanProperty sent = new SimpleBooleanProperty(false);
        Field<String> lot = Field.of("lotNumber", "lot number", Typed::words).whenBlank("Type the lot number.", sent);
        assertEquals("", lot.messageProperty().get());
        assertFalse(lot.validProperty().get());
        sent.set(true);
        assertEquals("Type the lot number.", lot.messageProperty().get());
        lot.textProperty().set(" AB12 ");
        assertEquals(Optional.of("AB12"), lot.value());
        assertTrue(lot.validProperty().get());
    }

    @Test
    void aRuleJudgesAReadableValueWithoutHidingItAndIsCheckedAgainWhenWhatItReadsChanges() {
        StringProperty prescribed = new SimpleStringProperty("1000");
        Field<Double> dose = Field.of("dose", "dose", Typed::micrograms)
                .rule(v -> v == Double.parseDouble(prescribed.get()) ? "" : "not as prescribed", prescribed);
        dose.textProperty().set("2000");
        assertEquals("not as prescribed", dose.messageProperty().get());
        assertEquals(Optional.of(2000.0), dose.value(), "the dose in the syringe, as prescribed or not");
        assertFalse(dose.validProperty().get());
        prescribed.set("2000");
        assertEquals("", dose.messageProperty().get());
        assertTrue(dose.validProperty().get());
    }

    @Test
    void aFieldShownOnlyWhileItsFormIsInUseIsCheckedAllTheSame() {
        BooleanProperty inUse = new SimpleBooleanProperty(false);
        Field<Double> dose = Field.of("dose", "dose", Typed::micrograms).shownWhen(inUse);
        dose.textProperty().set("abc");
        assertEquals("", dose.messageProperty().get());
        assertFalse(dose.validProperty().get());
        inUse.set(true);
        assertTrue(dose.messageProperty().get().contains("not a number"));
    }

    @Test
    void theDraftKeepsWhatWasTypedUnderAStableKeyAndBringsItBack() {
        Field<Double> dose = Field.of("dose", "dose", Typed::micrograms);
        Choice<InjectionSite> site = Choice.coded("site", "site", InjectionSite.class);
        dose.textProperty().set("1O00");
        site.chosenProperty().set(InjectionSite.LEFT_DELTOID);
        Map<String, String> draft = new LinkedHashMap<>();
        new Form(dose, site).draft("rx.", draft);
        assertEquals(Map.of("rx.dose", "1O00", "rx.site", InjectionSite.LEFT_DELTOID.code()), draft);
        assertEquals("dose", dose.key());

        Field<Double> back = Field.of("dose", "dose", Typed::micrograms);
        Choice<InjectionSite> backSite = Choice.coded("site", "site", InjectionSite.class);
        back.textProperty().set("as it was");
        new Form(back, backSite).restore("rx.", draft);
        assertEquals("1O00", back.textProperty().get(), "the wrong value comes back, to be corrected");
        assertTrue(back.messageProperty().get().contains("not a number"));
        assertEquals(InjectionSite.LEFT_DELTOID, backSite.chosen());

        back.textProperty().set("kept");
        back.restore("rx.", Map.of());
        assertEquals("kept", back.textProperty().get(), "a draft without the field leaves it as it is");
        backSite.restore("rx.", Map.of("rx.site", "no-such-site"));
        assertNull(backSite.chosen(), "an unknown code is nothing chosen, never a failure");
    }

    @Test
    void aFormIsValidWhileEveryFieldIsAndListsTheProblemsByName() {
        Choice<InjectionSite> site = Choice.coded("site", "site", InjectionSite.class).whenBlank("choose the site");
        Field<Double> dose = Field.of("dose", "dose", Typed::micrograms).whenBlank("type the dose");
        Form form = new Form(dose, site);
        assertFalse(form.valid().get());
        assertTrue(form.blank().get());
        assertEquals(List.of(new Form.Problem("dose", "type the dose"), new Form.Problem("site", "choose the site")),
                form.problems());
        dose.textProperty().set("1000");
        assertFalse(form.blank().get());
        assertFalse(form.valid().get());
        site.chosenProperty().set(InjectionSite.RIGHT_THIGH);
        assertTrue(form.valid().get());
        assertEquals(List.of(), form.problems());
        dose.textProperty().set("");
        assertFalse(form.valid().get(), "the binding follows every keystroke");
        assertEquals(List.of(dose.textProperty(), site.chosenProperty()), form.observables());
    }
}
