-- Schema 5: a HOLD or URGENT found for a patient stands until a prescriber reviews it, and one due dose is
-- given at most once.

-- The decision of each saved check or consultation, and who saved it, so a later check can carry a
-- standing HOLD or URGENT with when and by whom without reading every report. Filled for the rows already
-- saved from their reports; 'unknown' where a report has no status (none should).
ALTER TABLE assessments ADD COLUMN decision TEXT NOT NULL DEFAULT 'unknown'
    CHECK (decision IN ('proceed', 'proceed_with_care', 'hold', 'urgent', 'unknown'));
ALTER TABLE assessments ADD COLUMN saved_by TEXT NOT NULL DEFAULT '';
UPDATE assessments SET decision = json_extract(report_json, '$.decision.status')
    WHERE json_extract(report_json, '$.decision.status') IN ('proceed', 'proceed_with_care', 'hold', 'urgent');
CREATE INDEX assessments_standing ON assessments (patient_id, decision, id);

-- A prescriber's review of a standing HOLD or URGENT: who, when, what was decided. It covers the
-- assessment it names and every one saved before it. Rows are added, never changed.
CREATE TABLE prescriber_reviews (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients (id),
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    reviewed_by   TEXT    NOT NULL CHECK (length(trim(reviewed_by)) > 0),
    outcome       TEXT    NOT NULL CHECK (outcome IN ('cleared_to_give', 'not_cleared')),
    note          TEXT    NOT NULL CHECK (length(trim(note)) > 0),
    reviewed_at   TEXT    NOT NULL,
    recorded_by   TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX prescriber_reviews_by_patient ON prescriber_reviews (patient_id, assessment_id);

-- One Given per due dose. A trigger rather than a unique index: a database written before this schema may
-- already hold two Given rows for one due dose (the near miss this prevents), and a unique index would
-- refuse to migrate it; those rows stay as they are, and no new pair can be written.
CREATE TRIGGER dose_outcomes_one_given_per_due_dose BEFORE INSERT ON dose_outcomes
    WHEN NEW.outcome = 'given' AND EXISTS (
        SELECT 1 FROM dose_outcomes d WHERE d.patient_id = NEW.patient_id
            AND d.prescription_id = NEW.prescription_id AND d.due_on = NEW.due_on AND d.outcome = 'given')
BEGIN
    SELECT RAISE(ABORT, 'dose_already_given: this due dose is already recorded as given');
END;
