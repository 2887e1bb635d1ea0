package com.b12consult.ui.consult;

import com.b12consult.domain.Patient;
import com.b12consult.domain.format.TypedDates;
import com.b12consult.store.ConsultationDraft;
import java.time.ZoneId;

/** A draft on file, offered for restoring, with the patient it belongs to and when it was last typed. */
public record DraftOffer(Patient patient, ConsultationDraft draft, ZoneId zone) {

    /** When it was last typed, e.g. "2026-11-21 10:32". */
    public String lastTyped() {
        return TypedDates.format(draft.savedAt(), zone);
    }

    /** "Unsaved consultation for Ann Smith (P-0001), last typed 2026-11-21 10:32". */
    public String describe() {
        return "Unsaved consultation for " + patient.name() + " (" + patient.identifier() + "), last typed "
                + TypedDates.format(draft.savedAt(), zone);
    }
}
