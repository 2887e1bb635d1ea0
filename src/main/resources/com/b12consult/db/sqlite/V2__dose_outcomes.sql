-- Schema 2: what became of each due dose, and reactions reported after a dose.
-- Like the other clinical records, rows are added, never changed.

CREATE TABLE dose_outcomes (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients (id),
    prescription_id INTEGER NOT NULL REFERENCES prescriptions (id),
    due_on          TEXT    NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    outcome         TEXT    NOT NULL CHECK (outcome IN ('given', 'held', 'refused', 'not_given')),
    decision        TEXT    NOT NULL CHECK (decision IN ('proceed', 'proceed_with_care', 'hold', 'urgent')),
    reason          TEXT    NOT NULL DEFAULT '',
    override_reason TEXT    NOT NULL DEFAULT '',
    injection_id    INTEGER REFERENCES injections (id),
    lot_number      TEXT    NOT NULL DEFAULT '',
    lot_expiry      TEXT    CHECK (lot_expiry IS NULL OR lot_expiry GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    given_by        TEXT    NOT NULL DEFAULT '',
    assessment_id   INTEGER NOT NULL REFERENCES assessments (id),
    recorded_at     TEXT    NOT NULL,
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
    id           INTEGER PRIMARY KEY,
    injection_id INTEGER NOT NULL REFERENCES injections (id),
    reported_at  TEXT    NOT NULL,
    -- symptom codes as a JSON array of strings
    reactions    TEXT    NOT NULL CHECK (json_valid(reactions) AND json_type(reactions) = 'array'
                                         AND json_array_length(reactions) > 0)
);
CREATE INDEX later_reactions_by_injection ON later_reactions (injection_id);
