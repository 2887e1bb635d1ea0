package com.b12consult.ui.consult;

import com.b12consult.domain.Patient;
import com.b12consult.store.ConsultationDraft;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A draft on file, offered for restoring, with the patient it belongs to and when it was last typed. */
public record DraftOffer(Patient patient, ConsultationDraft draft, ZoneId zone) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** When it was last typed, e.g. "2026-11-21 10:32". */
    public String lastTyped() {
        return LocalDateTime.ofInstant(draft.savedAt(), zone).format(WHEN);
    }

    /** "Unsaved consultation for Ann Smith (P-0001), last typed 2026-11-21 10:32". */
    public String describe() {
        return "Unsaved consultation for " + patient.name() + " (" + patient.identifier() + "), last typed "
                + LocalDateTime.ofInstant(draft.savedAt(), zone).format(WHEN);
    }
}
