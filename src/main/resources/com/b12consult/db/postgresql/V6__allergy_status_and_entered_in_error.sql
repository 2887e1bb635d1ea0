-- Schema 6: known allergies are a choice or a list; a record entered by mistake is marked entered in error,
-- never deleted or changed (as ../sqlite/V6).

ALTER TABLE patients ADD COLUMN allergy_status text COLLATE "C" NOT NULL DEFAULT 'not_recorded'
    CHECK (allergy_status IN ('not_recorded', 'none_known', 'listed'));
UPDATE patients SET allergy_status = 'listed' WHERE length(trim(known_allergies)) > 0;

CREATE TABLE entered_in_error (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id      bigint  NOT NULL REFERENCES patients (id),
    dose_outcome_id bigint  UNIQUE REFERENCES dose_outcomes (id),
    injection_id    bigint  UNIQUE REFERENCES injections (id),
    reason          text    COLLATE "C" NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by     text    COLLATE "C" NOT NULL CHECK (length(trim(recorded_by)) > 0),
    recorded_at     text    COLLATE "C" NOT NULL,
    CHECK (dose_outcome_id IS NOT NULL OR injection_id IS NOT NULL)
);
CREATE INDEX entered_in_error_by_patient ON entered_in_error (patient_id);

-- One Given per due dose still, but a Given entered in error no longer counts.
CREATE OR REPLACE FUNCTION dose_outcomes_one_given_per_due_dose() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.outcome = 'given' AND EXISTS (
            SELECT 1 FROM dose_outcomes d WHERE d.patient_id = NEW.patient_id
                AND d.prescription_id = NEW.prescription_id AND d.due_on = NEW.due_on AND d.outcome = 'given'
                AND NOT EXISTS (SELECT 1 FROM entered_in_error e WHERE e.dose_outcome_id = d.id)) THEN
        RAISE EXCEPTION 'dose_already_given: this due dose is already recorded as given';
    END IF;
    RETURN NEW;
END;
$$;
