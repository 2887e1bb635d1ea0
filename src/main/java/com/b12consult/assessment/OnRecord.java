package com.b12consult.assessment;

import com.b12consult.domain.Assessment;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.domain.DueDose;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Prescription;
import com.b12consult.domain.RecordedHeadache;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.RecordedLabPanel;
import com.b12consult.domain.StandingDecision;
import java.util.List;
import java.util.Optional;

/**
 * What the record holds for the check, read once when a patient is opened. Injections carry the
 * reactions reported later against them; lists are newest first. {@code consultation} is the last
 * saved consultation's assessment, whose clot risk factors, conditions and medications the check carries
 * over; {@code openAlerts} are the alerts of the last saved assessment that did not end in PROCEED;
 * {@code standing} is a HOLD or URGENT found earlier that no prescriber has cleared yet.
 */
public record OnRecord(Patient patient, Optional<Prescription> prescription, Optional<DueDose> due,
                       List<RecordedInjection> injections, List<RecordedHeadache> headaches,
                       List<RecordedLabPanel> labs, Optional<Assessment> consultation, List<String> openAlerts,
                       List<DoseOutcome> outcomes, Optional<StandingDecision> standing) {
    public OnRecord {
        injections = List.copyOf(injections);
        headaches = List.copyOf(headaches);
        labs = List.copyOf(labs);
        openAlerts = List.copyOf(openAlerts);
        outcomes = List.copyOf(outcomes);
        java.util.Objects.requireNonNull(standing, "standing");
    }

    public Optional<RecordedInjection> lastDose() {
        return injections.stream().findFirst();
    }

    /** Headaches with an onset after the last dose (all of them when there is no dose yet). */
    public List<RecordedHeadache> headachesSinceLastDose() {
        return lastDose()
                .map(d -> headaches.stream()
                        .filter(h -> h.entry().onsetAt().isAfter(d.injection().givenAt())).toList())
                .orElse(headaches);
    }
}
