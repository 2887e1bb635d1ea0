package com.b12consult.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.DosingSchedule;
import com.b12consult.domain.LoadingCourse;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The prescription form the check and the consultation share, on its own (the screens' tests cover each one's
 * use of it: PrescriptionAndFollowUpViewModelTest, InjectionsStepViewModelTest).
 */
class PrescriptionFormTest {
    static final Prescription ON_RECORD = new Prescription(7, 3, Product.HYDROXOCOBALAMIN, 1000,
            new DosingSchedule(Optional.of(LoadingCourse.forDays(2, 14)), 90), LocalDate.of(2026, 8, 1));

    /** The form as a screen holds it. */
    static final class Typing extends PrescriptionForm {
        Typing() {
            showMessagesProperty().set(true);
        }

        Typing(Prescription p) {
            this();
            fill(p);
        }
    }

    static List<String> named(Typing form) {
        return form.problems().stream().map(Form.Problem::field).toList();
    }

    @Test
    void filledFromAPrescriptionItReadsBackAsTheSamePrescription() {
        Typing form = new Typing(ON_RECORD);
        assertEquals("1000", form.doseProperty().get());
        assertEquals("2", form.loadingEveryProperty().get());
        assertEquals("14", form.loadingForProperty().get());
        assertEquals("90", form.maintenanceEveryProperty().get());
        assertEquals("2026-08-01", form.startDateProperty().get());
        assertEquals(List.of(), form.problems());
        assertTrue(form.valid().get());
        assertEquals(Optional.of(ON_RECORD.withId(Prescription.UNSAVED)), form.typed(3));
    }

    @Test
    void aBadDoseIsMarkedAtItsFieldKeepingWhatWasTyped() {
        Typing form = new Typing(ON_RECORD);
        form.doseProperty().set("1O00");
        assertEquals("1O00", form.doseProperty().get());
        assertTrue(form.doseMessage().get().contains("not a number"), form.doseMessage().get());
        assertEquals(List.of("dose"), named(form));
        assertEquals(Optional.empty(), form.typed(3));
        assertFalse(form.valid().get());
    }

    @Test
    void theLoadingCourseIsBothFieldsOrNeither() {
        Typing form = new Typing(ON_RECORD);
        form.loadingForProperty().set("");
        assertTrue(form.loadingMessage().get().contains("leave both empty"));
        assertEquals(List.of("loading course"), named(form));
        form.loadingEveryProperty().set("");
        assertEquals("", form.loadingMessage().get());
        assertEquals(Optional.empty(), form.typed(3).orElseThrow().schedule().loading());
    }

    @Test
    void halfAPrescriptionNamesWhatIsMissingInTheFormsOrder() {
        Typing form = new Typing();
        assertTrue(form.blank().get());
        form.doseProperty().set("1000");
        form.loadingEveryProperty().set("2");
        assertFalse(form.blank().get());
        assertEquals(List.of("product", "loading course", "maintenance interval", "start date"), named(form));
        form.maintenanceEveryProperty().set("0");
        form.startDateProperty().set("21/11/2026");
        assertTrue(form.maintenanceMessage().get().contains("from 1 up"), form.maintenanceMessage().get());
        assertTrue(form.startMessage().get().contains("YYYY-MM-DD"), form.startMessage().get());
    }

    @Test
    void theMessagesWaitUntilTheScreenShowsThem() {
        Typing form = new Typing();
        form.showMessagesProperty().set(false);
        form.doseProperty().set("a thousand");
        assertEquals("", form.doseMessage().get());
        assertEquals("", form.productMessage().get());
        assertEquals(List.of(), form.problems());
        form.showMessagesProperty().set(true);
        assertFalse(form.doseMessage().get().isEmpty());
        assertEquals("choose the product prescribed", form.productMessage().get());
    }

    @Test
    void aDraftBringsBackEveryFieldAsTyped() {
        Typing form = new Typing(ON_RECORD);
        form.doseProperty().set("1O00");
        form.productProperty().set(Product.CYANOCOBALAMIN);
        form.startDateProperty().set("2026-02-30");
        Map<String, String> draft = new LinkedHashMap<>();
        form.draft("rx.", draft);
        assertEquals(List.of("rx.product", "rx.dose", "rx.loadingEvery", "rx.loadingFor", "rx.maintenanceEvery",
                "rx.startDate"), List.copyOf(draft.keySet()), "the keys drafts saved before the form was shared");
        Typing back = new Typing();
        back.restore("rx.", draft);
        Map<String, String> again = new LinkedHashMap<>();
        back.draft("rx.", again);
        assertEquals(draft, again);
        assertEquals(form.problems(), back.problems());
    }
}
