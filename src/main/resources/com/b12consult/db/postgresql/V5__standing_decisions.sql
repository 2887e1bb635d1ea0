-- Schema 5: a HOLD or URGENT found for a patient stands until a prescriber reviews it, and one due dose is
-- given at most once (as ../sqlite/V5).

ALTER TABLE assessments ADD COLUMN decision text COLLATE "C" NOT NULL DEFAULT 'unknown'
    CHECK (decision IN ('proceed', 'proceed_with_care', 'hold', 'urgent', 'unknown'));
ALTER TABLE assessments ADD COLUMN saved_by text COLLATE "C" NOT NULL DEFAULT '';
UPDATE assessments SET decision = report_json::json #>> '{decision,status}'
    WHERE report_json::json #>> '{decision,status}' IN ('proceed', 'proceed_with_care', 'hold', 'urgent');
CREATE INDEX assessments_standing ON assessments (patient_id, decision, id);

-- A prescriber's review of a standing HOLD or URGENT: who, when, what was decided. It covers the
-- assessment it names and every one saved before it. Rows are added, never changed.
CREATE TABLE prescriber_reviews (
    id            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id    bigint  NOT NULL REFERENCES patients (id),
    assessment_id bigint  NOT NULL REFERENCES assessments (id),
    reviewed_by   text    COLLATE "C" NOT NULL CHECK (length(trim(reviewed_by)) > 0),
    outcome       text    COLLATE "C" NOT NULL CHECK (outcome IN ('cleared_to_give', 'not_cleared')),
    note          text    COLLATE "C" NOT NULL CHECK (length(trim(note)) > 0),
    reviewed_at   text    COLLATE "C" NOT NULL,
    recorded_by   text    COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX prescriber_reviews_by_patient ON prescriber_reviews (patient_id, assessment_id);

-- One Given per due dose: a trigger, as on SQLite (V6 replaces the function).
CREATE FUNCTION dose_outcomes_one_given_per_due_dose() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.outcome = 'given' AND EXISTS (
            SELECT 1 FROM dose_outcomes d WHERE d.patient_id = NEW.patient_id
                AND d.prescription_id = NEW.prescription_id AND d.due_on = NEW.due_on AND d.outcome = 'given') THEN
        RAISE EXCEPTION 'dose_already_given: this due dose is already recorded as given';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER dose_outcomes_one_given_per_due_dose BEFORE INSERT ON dose_outcomes
    FOR EACH ROW EXECUTE FUNCTION dose_outcomes_one_given_per_due_dose();
