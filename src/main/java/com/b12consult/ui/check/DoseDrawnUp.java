package com.b12consult.ui.check;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.form.DoseForm;
import com.b12consult.ui.form.Field;
import com.b12consult.ui.form.Form;
import com.b12consult.ui.form.Typed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The dose in the nurse's hand and the administration details, each field with its own message. Product,
 * dose, site and time are checked as they are typed; lot, expiry and who gave it once Given is pressed.
 * A message never clears what was typed.
 */
public final class DoseDrawnUp extends DoseForm {

    /**
     * How long before the check began a time given may be typed (a dose given, then recorded a little later).
     * A house convention, argued in docs/decisions/pre-injection-check.md.
     */
    static final long EARLIEST_BEFORE_CHECK_MINUTES = 60;

    private final Clock clock;
    /** Pressing Given shows what the required fields lack; until then an empty field is not yet wrong. */
    private final BooleanProperty givingAttempted = new SimpleBooleanProperty(this, "givingAttempted", false);
    private final Field<LocalDateTime> givenAt = Field.of("givenAt", "time given", Typed::moment)
            .whenBlank("Type the time as YYYY-MM-DD HH:MM, for example 2026-11-21 10:30.")
            .rule(this::timeProblem);
    private final Field<String> lotNumber = Field.of("lotNumber", "lot number", Typed::words)
            .whenBlank("Type the lot number printed on the ampoule.", givingAttempted);
    private final Field<LocalDate> lotExpiry = Field.of("lotExpiry", "lot expiry", DoseDrawnUp::expiry)
            .whenBlank("Type the lot's expiry date as YYYY-MM-DD.", givingAttempted)
            .rule(this::expiryProblem, givenAt.textProperty());
    private final Field<String> givenBy = Field.of("givenBy", "given by", Typed::words)
            .whenBlank("Type who gives the dose (initials).", givingAttempted);
    private final Form form = new Form(product, dose, site, givenAt, lotNumber, lotExpiry, givenBy);
    private Prescription prescription;
    /** When the check began, and the time text filled in then: left as it is, it means "the time of recording". */
    private LocalDateTime checkBegan;
    private String filledTime = "";

    DoseDrawnUp(Clock clock) {
        this.clock = clock;
        product.whenBlank("Choose the product in the syringe.", givingAttempted)
                .rule(p -> prescription != null && p != prescription.product()
                        ? "Not as prescribed: the prescription is for " + CodeLabels.of(prescription.product())
                                + ". Draw up the prescribed product."
                        : "");
        dose.whenBlank("Type the dose drawn up, in micrograms.", givingAttempted)
                .rule(v -> prescription != null && Math.abs(v - prescription.doseMicrograms()) > 1e-6
                        ? "Not as prescribed: the prescription is " + micrograms(prescription.doseMicrograms())
                                + " micrograms. Check the syringe."
                        : "");
        site.whenBlank("Choose the site: one of the six sites on the chart.", givingAttempted);
    }

    /** Starts a new dose for a prescription: nothing drawn up yet, the suggested site, the time now. */
    void reset(Optional<Prescription> forPrescription, InjectionSite suggestedSite, String nurseInitials) {
        prescription = forPrescription.orElse(null);
        givingAttempted.set(false);
        checkBegan = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        filledTime = TypedDates.format(checkBegan);
        product.chosenProperty().set(null);
        dose.textProperty().set("");
        site.chosenProperty().set(suggestedSite);
        givenAt.textProperty().set(filledTime);
        lotNumber.textProperty().set("");
        lotExpiry.textProperty().set("");
        givenBy.textProperty().set(nurseInitials);
        form.revalidate();
    }

    /**
     * The prescription in force changed (another room recorded one): what is drawn up stays as typed and is checked
     * against the new one.
     */
    void follow(Optional<Prescription> inForce) {
        if (!Objects.equals(prescription, inForce.orElse(null))) {
            prescription = inForce.orElse(null);
            form.revalidate();
        }
    }

    /** The dose as the rule module sees it; empty until product, dose and site are known. */
    Optional<PlannedInjection> planned() {
        Optional<Double> micrograms = doseMicrograms();
        if (prescription == null || product.blank() || site.blank() || micrograms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedInjection(product.chosen(), micrograms.get(), prescription.doseMicrograms(),
                site.chosen()));
    }

    /**
     * The time to record the dose at: the time of recording while the filled-in time is left untouched (the field
     * then shows it), else the time the nurse typed.
     */
    Optional<LocalDateTime> timeToRecord() {
        if (givenAt.text().strip().equals(filledTime)) {
            String now = TypedDates.format(LocalDateTime.now(clock));
            filledTime = now;
            givenAt.textProperty().set(now);
        }
        return givenAtTime();
    }

    Optional<LocalDateTime> givenAtTime() {
        return givenAt.value();
    }

    Optional<LocalDate> expiryDate() {
        return lotExpiry.value();
    }

    /** Shows every message, required fields included; true when the dose can be recorded as given. */
    boolean readyToGive() {
        givingAttempted.set(true);
        form.revalidate();
        return form.valid().get();
    }

    /** The fields that show a message, in the clinic's words, in the form's order: what Given lacks. */
    List<String> fieldsToFix() {
        return form.problems().stream().map(Form.Problem::field).toList();
    }

    private String timeProblem(LocalDateTime t) {
        // A minute's grace: the clock moves on while the form is open.
        if (t.isAfter(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1))) {
            return "The time is in the future. Record the time the dose is given.";
        }
        if (checkBegan != null && t.isBefore(checkBegan.minusMinutes(EARLIEST_BEFORE_CHECK_MINUTES))) {
            return "The time is more than " + EARLIEST_BEFORE_CHECK_MINUTES + " minutes before this check began ("
                    + TypedDates.format(checkBegan) + "). Record the time the dose is given, after the check.";
        }
        return "";
    }

    private static Typed<LocalDate> expiry(String text) {
        Typed<LocalDate> day = Typed.day(text);
        return day.ok() ? day : Typed.wrong("Type the expiry as YYYY-MM-DD, for example 2027-03-31.");
    }

    private String expiryProblem(LocalDate expiry) {
        LocalDate day = givenAtTime().map(LocalDateTime::toLocalDate).orElse(LocalDate.now(clock));
        return expiry.isBefore(day) ? "This lot expired on " + expiry + ". Use an ampoule within its date." : "";
    }

    static String micrograms(double v) {
        return Typed.number(v);
    }

    List<Observable> observables() {
        return form.observables();
    }

    public StringProperty givenAtProperty() {
        return givenAt.textProperty();
    }

    public StringProperty lotNumberProperty() {
        return lotNumber.textProperty();
    }

    public StringProperty lotExpiryProperty() {
        return lotExpiry.textProperty();
    }

    public StringProperty givenByProperty() {
        return givenBy.textProperty();
    }

    public ReadOnlyStringProperty givenAtMessage() {
        return givenAt.messageProperty();
    }

    public ReadOnlyStringProperty lotMessage() {
        return lotNumber.messageProperty();
    }

    public ReadOnlyStringProperty expiryMessage() {
        return lotExpiry.messageProperty();
    }

    public ReadOnlyStringProperty givenByMessage() {
        return givenBy.messageProperty();
    }
}
