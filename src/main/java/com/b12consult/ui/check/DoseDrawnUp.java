package com.b12consult.ui.check;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.PlannedInjection;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.Product;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.domain.format.TypedNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The dose in the nurse's hand and the administration details, each field with its own message. Product,
 * dose, site and time are checked as they are typed; lot, expiry and who gave it once Given is pressed.
 * A message never clears what was typed.
 */
public final class DoseDrawnUp {

    private final Clock clock;
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>(this, "product");
    private final StringProperty dose = new SimpleStringProperty(this, "dose", "");
    private final ObjectProperty<InjectionSite> site = new SimpleObjectProperty<>(this, "site");
    private final StringProperty givenAt = new SimpleStringProperty(this, "givenAt", "");
    private final StringProperty lotNumber = new SimpleStringProperty(this, "lotNumber", "");
    private final StringProperty lotExpiry = new SimpleStringProperty(this, "lotExpiry", "");
    private final StringProperty givenBy = new SimpleStringProperty(this, "givenBy", "");
    private final ReadOnlyStringWrapper productMessage = new ReadOnlyStringWrapper(this, "productMessage", "");
    private final ReadOnlyStringWrapper doseMessage = new ReadOnlyStringWrapper(this, "doseMessage", "");
    private final ReadOnlyStringWrapper siteMessage = new ReadOnlyStringWrapper(this, "siteMessage", "");
    private final ReadOnlyStringWrapper givenAtMessage = new ReadOnlyStringWrapper(this, "givenAtMessage", "");
    private final ReadOnlyStringWrapper lotMessage = new ReadOnlyStringWrapper(this, "lotMessage", "");
    private final ReadOnlyStringWrapper expiryMessage = new ReadOnlyStringWrapper(this, "expiryMessage", "");
    private final ReadOnlyStringWrapper givenByMessage = new ReadOnlyStringWrapper(this, "givenByMessage", "");
    private final BooleanProperty givingAttempted = new SimpleBooleanProperty(this, "givingAttempted", false);
    private Prescription prescription;
    /** When the check began, and the time text filled in then: left as it is, it means "the time of recording". */
    private LocalDateTime checkBegan;
    private String filledTime = "";

    /**
     * How long before the check began a time given may be typed (a dose given, then recorded a little later).
     * A house convention, argued in docs/decisions/pre-injection-check.md.
     */
    static final long EARLIEST_BEFORE_CHECK_MINUTES = 60;

    DoseDrawnUp(Clock clock) {
        this.clock = clock;
        for (Observable o : observables()) {
            o.addListener(x -> refreshMessages());
        }
        givingAttempted.addListener(x -> refreshMessages());
    }

    /** Starts a new dose for a prescription: nothing drawn up yet, the suggested site, the time now. */
    void reset(Optional<Prescription> forPrescription, InjectionSite suggestedSite, String nurseInitials) {
        prescription = forPrescription.orElse(null);
        givingAttempted.set(false);
        product.set(null);
        dose.set("");
        site.set(suggestedSite);
        checkBegan = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        filledTime = TypedDates.format(checkBegan);
        givenAt.set(filledTime);
        lotNumber.set("");
        lotExpiry.set("");
        givenBy.set(nurseInitials);
        refreshMessages();
    }

    /** The dose as the rule module sees it; empty until product, dose and site are known. */
    Optional<PlannedInjection> planned() {
        Optional<Double> micrograms = doseMicrograms();
        if (prescription == null || product.get() == null || site.get() == null || micrograms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedInjection(product.get(), micrograms.get(), prescription.doseMicrograms(),
                site.get()));
    }

    Optional<Double> doseMicrograms() {
        return TypedNumbers.decimal(dose.get()).value().filter(v -> v > 0);
    }

    /**
     * The time to record the dose at: the time of recording while the filled-in time is left untouched (the field
     * then shows it), else the time the nurse typed.
     */
    Optional<LocalDateTime> timeToRecord() {
        if (givenAt.get().strip().equals(filledTime)) {
            String now = TypedDates.format(LocalDateTime.now(clock));
            filledTime = now;
            givenAt.set(now);
        }
        return givenAtTime();
    }

    Optional<LocalDateTime> givenAtTime() {
        return TypedDates.moment(givenAt.get()).value();
    }

    Optional<LocalDate> expiryDate() {
        try {
            return Optional.of(LocalDate.parse(lotExpiry.get().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Shows every message, required fields included; true when the dose can be recorded as given. */
    boolean readyToGive() {
        givingAttempted.set(true);
        refreshMessages();
        return messages().stream().allMatch(m -> m.get().isEmpty());
    }

    private void refreshMessages() {
        boolean all = givingAttempted.get();
        productMessage.set(productProblem(all));
        doseMessage.set(doseProblem(all));
        siteMessage.set(site.get() == null && all ? "Choose the site: one of the six sites on the chart." : "");
        givenAtMessage.set(timeProblem());
        lotMessage.set(all && lotNumber.get().isBlank() ? "Type the lot number printed on the ampoule." : "");
        expiryMessage.set(expiryProblem(all));
        givenByMessage.set(all && givenBy.get().isBlank() ? "Type who gives the dose (initials)." : "");
    }

    private String productProblem(boolean all) {
        if (product.get() == null) {
            return all ? "Choose the product in the syringe." : "";
        }
        if (prescription != null && product.get() != prescription.product()) {
            return "Not as prescribed: the prescription is for " + CodeLabels.of(prescription.product())
                    + ". Draw up the prescribed product.";
        }
        return "";
    }

    private String doseProblem(boolean all) {
        String text = dose.get().strip();
        if (text.isEmpty()) {
            return all ? "Type the dose drawn up, in micrograms." : "";
        }
        Optional<Double> v = doseMicrograms();
        if (v.isEmpty()) {
            return "Dose drawn up: " + TypedNumbers.decimal(text).problem()
                    .map(p -> p.replace("e.g. 13.5", "e.g. 1000")).orElse("a positive number of micrograms, e.g. 1000") + ".";
        }
        if (prescription != null && Math.abs(v.get() - prescription.doseMicrograms()) > 1e-6) {
            return "Not as prescribed: the prescription is " + micrograms(prescription.doseMicrograms())
                    + " micrograms. Check the syringe.";
        }
        return "";
    }

    private String timeProblem() {
        Optional<LocalDateTime> t = givenAtTime();
        if (t.isEmpty()) {
            return "Type the time as YYYY-MM-DD HH:MM, for example 2026-11-21 10:30.";
        }
        // A minute's grace: the clock moves on while the form is open.
        if (t.get().isAfter(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1))) {
            return "The time is in the future. Record the time the dose is given.";
        }
        if (checkBegan != null && t.get().isBefore(checkBegan.minusMinutes(EARLIEST_BEFORE_CHECK_MINUTES))) {
            return "The time is more than " + EARLIEST_BEFORE_CHECK_MINUTES + " minutes before this check began ("
                    + TypedDates.format(checkBegan) + "). Record the time the dose is given, after the check.";
        }
        return "";
    }

    private String expiryProblem(boolean all) {
        if (lotExpiry.get().isBlank()) {
            return all ? "Type the lot's expiry date as YYYY-MM-DD." : "";
        }
        Optional<LocalDate> expiry = expiryDate();
        if (expiry.isEmpty()) {
            return "Type the expiry as YYYY-MM-DD, for example 2027-03-31.";
        }
        LocalDate day = givenAtTime().map(LocalDateTime::toLocalDate).orElse(LocalDate.now(clock));
        if (expiry.get().isBefore(day)) {
            return "This lot expired on " + expiry.get() + ". Use an ampoule within its date.";
        }
        return "";
    }

    static String micrograms(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    List<Observable> observables() {
        return List.of(product, dose, site, givenAt, lotNumber, lotExpiry, givenBy);
    }

    private List<ReadOnlyStringWrapper> messages() {
        return List.of(productMessage, doseMessage, siteMessage, givenAtMessage, lotMessage, expiryMessage,
                givenByMessage);
    }

    public ObjectProperty<Product> productProperty() {
        return product;
    }

    public StringProperty doseProperty() {
        return dose;
    }

    public ObjectProperty<InjectionSite> siteProperty() {
        return site;
    }

    public StringProperty givenAtProperty() {
        return givenAt;
    }

    public StringProperty lotNumberProperty() {
        return lotNumber;
    }

    public StringProperty lotExpiryProperty() {
        return lotExpiry;
    }

    public StringProperty givenByProperty() {
        return givenBy;
    }

    public ReadOnlyStringProperty productMessage() {
        return productMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doseMessage() {
        return doseMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty siteMessage() {
        return siteMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty givenAtMessage() {
        return givenAtMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lotMessage() {
        return lotMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiryMessage() {
        return expiryMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty givenByMessage() {
        return givenByMessage.getReadOnlyProperty();
    }
}
