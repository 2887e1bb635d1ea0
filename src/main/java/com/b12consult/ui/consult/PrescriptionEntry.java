package com.b12consult.ui.consult;

import com.b12consult.domain.Prescription;
import com.b12consult.ui.form.PrescriptionForm;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prescription as the clinician sees it in the Injections step, filled from the prescription on record;
 * left all empty, there is no prescription, which is allowed.
 */
public final class PrescriptionEntry extends PrescriptionForm {
    private final long patientId;
    private final Optional<Prescription> onRecord;

    PrescriptionEntry(long patientId, Optional<Prescription> onRecord) {
        this.patientId = patientId;
        this.onRecord = onRecord;
        onRecord.ifPresent(this::fill);
        // Every field speaks as soon as anything is typed; all empty is no prescription, and says nothing.
        showMessagesProperty().bind(blank().not());
    }

    /** Adds what is wrong to {@code problems}; the messages stand at the fields. */
    void check(List<FieldProblem> problems) {
        problems().forEach(p -> problems.add(new FieldProblem("Prescription, " + p.field(), p.message())));
    }

    /** The prescription as typed, when it is complete and valid; the one on record while unchanged. */
    public Optional<Prescription> prescription() {
        // Unchanged, it stays the prescription on record (with its id) rather than a new one to save.
        return typed(patientId).map(t -> onRecord.filter(p -> p.withId(Prescription.UNSAVED).equals(t)).orElse(t));
    }

    void draft(Map<String, String> out) {
        draft("rx.", out);
    }

    void restore(Map<String, String> draft) {
        restore("rx.", draft);
    }
}
