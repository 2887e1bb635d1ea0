-- Schema 6: known allergies are a choice ("none known") or a list, never read from free text; a dose outcome
-- or an injection recorded by mistake is marked entered in error, never deleted or changed.

-- 'not_recorded': nobody has asked yet; 'none_known': asked, the patient knows of none; 'listed': the list in
-- known_allergies. Rows saved before this schema: a list where text was typed (it is shown as typed, and the
-- clinician can choose "None known" if that is what it says), not recorded where nothing was.
ALTER TABLE patients ADD COLUMN allergy_status TEXT NOT NULL DEFAULT 'not_recorded'
    CHECK (allergy_status IN ('not_recorded', 'none_known', 'listed'));
UPDATE patients SET allergy_status = 'listed' WHERE length(trim(known_allergies)) > 0;

-- A correction: this dose outcome (and, for a dose given, its injection) or this injection typed in a
-- consultation was entered in error. The original row stays as it was, shown with its correction; it no
-- longer counts as a dose. One correction per row; rows are added, never changed.
CREATE TABLE entered_in_error (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients (id),
    dose_outcome_id INTEGER UNIQUE REFERENCES dose_outcomes (id),
    injection_id    INTEGER UNIQUE REFERENCES injections (id),
    reason          TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by     TEXT    NOT NULL CHECK (length(trim(recorded_by)) > 0),
    recorded_at     TEXT    NOT NULL,
    CHECK (dose_outcome_id IS NOT NULL OR injection_id IS NOT NULL)
);
CREATE INDEX entered_in_error_by_patient ON entered_in_error (patient_id);

-- One Given per due dose still, but a Given entered in error no longer counts: the dose can then be recorded
-- as it truly was.
DROP TRIGGER dose_outcomes_one_given_per_due_dose;
CREATE TRIGGER dose_outcomes_one_given_per_due_dose BEFORE INSERT ON dose_outcomes
    WHEN NEW.outcome = 'given' AND EXISTS (
        SELECT 1 FROM dose_outcomes d WHERE d.patient_id = NEW.patient_id
            AND d.prescription_id = NEW.prescription_id AND d.due_on = NEW.due_on AND d.outcome = 'given'
            AND NOT EXISTS (SELECT 1 FROM entered_in_error e WHERE e.dose_outcome_id = d.id))
BEGIN
    SELECT RAISE(ABORT, 'dose_already_given: this due dose is already recorded as given');
END;
