-- Schema 2: what became of each due dose, and reactions reported after a dose (as ../sqlite/V2).
-- Like the other clinical records, rows are added, never changed.

CREATE TABLE dose_outcomes (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id      bigint  NOT NULL REFERENCES patients (id),
    prescription_id bigint  NOT NULL REFERENCES prescriptions (id),
    due_on          text    COLLATE "C" NOT NULL CHECK (due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    outcome         text    COLLATE "C" NOT NULL CHECK (outcome IN ('given', 'held', 'refused', 'not_given')),
    decision        text    COLLATE "C" NOT NULL CHECK (decision IN ('proceed', 'proceed_with_care', 'hold', 'urgent')),
    reason          text    COLLATE "C" NOT NULL DEFAULT '',
    override_reason text    COLLATE "C" NOT NULL DEFAULT '',
    injection_id    bigint  REFERENCES injections (id),
    lot_number      text    COLLATE "C" NOT NULL DEFAULT '',
    lot_expiry      text    COLLATE "C" CHECK (lot_expiry IS NULL OR lot_expiry ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    given_by        text    COLLATE "C" NOT NULL DEFAULT '',
    assessment_id   bigint  NOT NULL REFERENCES assessments (id),
    recorded_at     text    COLLATE "C" NOT NULL,
    -- a dose given, and only a dose given, points at its injection
    CHECK ((outcome = 'given') = (injection_id IS NOT NULL)),
    -- never given on URGENT; given on HOLD only with a written reason
    CHECK (NOT (outcome = 'given' AND decision = 'urgent')),
    CHECK (NOT (outcome = 'given' AND decision = 'hold' AND length(trim(override_reason)) = 0)),
    CHECK (outcome IN ('given', 'refused') OR length(trim(reason)) > 0)
);
CREATE INDEX dose_outcomes_by_patient ON dose_outcomes (patient_id, recorded_at);

-- Reactions the patient reported after a dose (for example on a follow-up call), against that dose.
CREATE TABLE later_reactions (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    injection_id bigint  NOT NULL REFERENCES injections (id),
    reported_at  text    COLLATE "C" NOT NULL,
    -- symptom codes as a JSON array of strings
    reactions    json_text NOT NULL CHECK (json_typeof(reactions::json) = 'array'
                                           AND json_array_length(reactions::json) > 0)
);
CREATE INDEX later_reactions_by_injection ON later_reactions (injection_id);
