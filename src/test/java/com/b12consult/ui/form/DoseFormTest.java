package com.b12consult.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Product;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dose form the check's dose drawn up and the consultation's doses share, on its own (each screen's words and
 * rules are tested with it: TimeGivenTest, PreInjectionCheckViewModelTest, InjectionsStepViewModelTest).
 */
class DoseFormTest {
    /** A dose as a screen declares it: its own words for what is left empty, and a rule of its own. */
    static final class Drawn extends DoseForm {
        final Form form = new Form(product, dose, site);

        Drawn() {
            product.whenBlank("choose the product");
            dose.whenBlank("type the dose").rule(v -> v > 5000 ? "more than any prescription" : "");
            site.whenBlank("choose the site");
        }
    }

    @Test
    void eachScreenSaysInItsOwnWordsWhatIsMissing() {
        Drawn d = new Drawn();
        assertEquals("choose the product", d.productMessage().get());
        assertEquals("type the dose", d.doseMessage().get());
        assertEquals("choose the site", d.siteMessage().get());
        assertFalse(d.form.valid().get());
        d.productProperty().set(Product.HYDROXOCOBALAMIN);
        d.doseProperty().set("1000");
        d.siteProperty().set(InjectionSite.LEFT_DELTOID);
        assertTrue(d.form.valid().get());
        assertEquals(List.of(), d.form.problems());
    }

    @Test
    void aDoseIsReadInOneWayEverywhereAndARefusedOneIsStillTheDoseTyped() {
        Drawn d = new Drawn();
        d.doseProperty().set("1O00");
        assertEquals("\"1O00\" is not a number; type digits, with a point or a comma for decimals, e.g. 1000",
                d.doseMessage().get());
        assertEquals(Optional.empty(), d.doseMicrograms());
        d.doseProperty().set("-5");
        assertEquals("the dose must be more than 0 micrograms, e.g. 1000", d.doseMessage().get());
        d.doseProperty().set("10000");
        assertEquals("more than any prescription", d.doseMessage().get());
        assertEquals(Optional.of(10000.0), d.doseMicrograms(), "what the rule module must see");
    }

    @Test
    void aMilligramSlipIsNamedAtTheFieldAndStaysTheDoseTheRulesSee() {
        Drawn d = new Drawn();
        d.doseProperty().set("1,5");
        assertEquals("1.5 micrograms is below any B12 injection dose; doses are in micrograms: if this is milligrams, "
                + "1.5 mg is 1500 micrograms", d.doseMessage().get());
        assertEquals(Optional.of(1.5), d.doseMicrograms(), "still what the rule module must see, to hold the dose");
        d.productProperty().set(Product.HYDROXOCOBALAMIN);
        d.siteProperty().set(InjectionSite.LEFT_DELTOID);
        assertFalse(d.form.valid().get(), "nothing is recorded while it stands");
        d.doseProperty().set("50000");
        assertTrue(d.doseMessage().get().startsWith("50000 micrograms is more than any B12 injection dose"),
                d.doseMessage().get());
        d.doseProperty().set("1500");
        assertEquals("", d.doseMessage().get());
        assertTrue(d.form.valid().get());
    }

    @Test
    void theDraftKeysAreTheOnesSavedBeforeTheFormWasShared() {
        Drawn d = new Drawn();
        d.productProperty().set(Product.CYANOCOBALAMIN);
        d.doseProperty().set("500");
        Map<String, String> out = new LinkedHashMap<>();
        d.form.draft("today.", out);
        assertEquals(Map.of("today.product", Product.CYANOCOBALAMIN.code(), "today.dose", "500", "today.site", ""), out);
    }
}
