package com.b12consult.ui.consult;

import com.b12consult.assessment.AssessmentParts;
import com.b12consult.domain.Injection;
import com.b12consult.domain.InjectionSite;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.SiteRotation;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.ui.form.Typed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Step 1, Injections: the prescription, the doses on record and the doses given that are not on record yet,
 * and the dose planned today with the site suggested away from the last one.
 */
public final class InjectionsStepViewModel implements ConsultationStep {
    private final Clock clock;
    private final List<Injection> onRecord;
    private final PrescriptionEntry prescription;
    private final ObservableList<NewDose> newDoses = FXCollections.observableArrayList();
    private final DoseToday today = new DoseToday();
    private final ReadOnlyObjectWrapper<InjectionSite> suggestedSite = new ReadOnlyObjectWrapper<>(this, "suggestedSite");
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanProperty valid = ConsultationStep.validWhileNone(this, problems);
    private final StepChanges changes = new StepChanges();
    private final InvalidationListener refresh = x -> refresh();
    private boolean restoring;

    /**
     * @param patientId   the patient's database id, for a prescription typed anew
     * @param onRecord    the prescription in force, when there is one
     * @param dosesOnRecord the doses on record (with reactions reported later), any order
     */
    public InjectionsStepViewModel(long patientId, Optional<Prescription> onRecord, List<Injection> dosesOnRecord,
                                   Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onRecord = dosesOnRecord.stream().sorted(Comparator.comparing(Injection::givenAt).reversed()).toList();
        this.prescription = new PrescriptionEntry(patientId, onRecord);
        prescription.observables().forEach(o -> o.addListener(refresh));
        today.observables().forEach(o -> o.addListener(refresh));
        today.plannedProperty().addListener((obs, was, now) -> {
            if (now && !restoring) {
                today.fillIn(prescription.prescription(), suggestedSite.get());
            }
        });
        newDoses.addListener((ListChangeListener<NewDose>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(d -> d.observables().forEach(o -> o.removeListener(refresh)));
                c.getAddedSubList().forEach(d -> d.observables().forEach(o -> o.addListener(refresh)));
            }
            refresh();
        });
        refresh();
    }

    @Override
    public String id() {
        return "injections";
    }

    @Override
    public String title() {
        return "_Injections";
    }

    @Override
    public ObservableList<FieldProblem> problems() {
        return problems;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    @Override
    public Observable changes() {
        return changes;
    }

    private void refresh() {
        List<FieldProblem> found = new ArrayList<>();
        prescription.check(found);
        LocalDateTime now = LocalDateTime.now(clock);
        for (int i = 0; i < newDoses.size(); i++) {
            newDoses.get(i).check(i + 1, now, found);
        }
        suggestedSite.set(SiteRotation.suggestAfter(allDoses().max(Comparator.comparing(Injection::givenAt))
                .map(Injection::site)));
        today.check(prescription.prescription(), found);
        if (!found.equals(problems)) {
            problems.setAll(found);
        }
        if (!restoring) {
            changes.fire();
        }
    }

    private Stream<Injection> allDoses() {
        return Stream.concat(onRecord.stream(), newDoses.stream().flatMap(d -> d.injection().stream()));
    }

    /** Adds a row for a dose given elsewhere or earlier: the time now, the prescription's product and dose. */
    public NewDose addDose() {
        NewDose d = new NewDose();
        d.givenAtProperty().set(TypedDates.format(LocalDateTime.now(clock)));
        prescription.prescription().ifPresent(p -> {
            d.productProperty().set(p.product());
            d.doseProperty().set(Typed.number(p.doseMicrograms()));
        });
        d.siteProperty().set(suggestedSite.get());
        newDoses.add(d);
        return d;
    }

    public void removeDose(NewDose dose) {
        newDoses.remove(dose);
    }

    @Override
    public void writeTo(AssessmentParts parts) {
        parts.prescription = prescription.prescription();
        allDoses().forEach(parts.injections::add);
        parts.plannedInjection = today.plannedInjection();
    }

    /** The doses typed here that are valid: what the consultation adds to the record when it is saved. */
    public List<Injection> newInjections() {
        return newDoses.stream().flatMap(d -> d.injection().stream()).toList();
    }

    @Override
    public Map<String, String> draft() {
        Map<String, String> out = new LinkedHashMap<>();
        prescription.draft(out);
        out.put("doses", Integer.toString(newDoses.size()));
        for (int i = 0; i < newDoses.size(); i++) {
            newDoses.get(i).draft("dose." + i + ".", out);
        }
        today.draft(out);
        return out;
    }

    @Override
    public void restore(Map<String, String> draft) {
        restoring = true;
        try {
            prescription.restore(draft);
            if (draft.containsKey("doses")) {
                int count = parseCount(draft.get("doses"));
                List<NewDose> rows = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    NewDose d = new NewDose();
                    d.restore("dose." + i + ".", draft);
                    rows.add(d);
                }
                newDoses.setAll(rows);
            }
            today.restore(draft);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private static int parseCount(String text) {
        try {
            return Math.max(0, Math.min(200, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public PrescriptionEntry prescription() {
        return prescription;
    }

    /** The doses on record, newest first; shown, not edited here. */
    public List<Injection> dosesOnRecord() {
        return onRecord;
    }

    public ObservableList<NewDose> newDoses() {
        return newDoses;
    }

    public DoseToday today() {
        return today;
    }

    public ReadOnlyObjectProperty<InjectionSite> suggestedSiteProperty() {
        return suggestedSite.getReadOnlyProperty();
    }
}
