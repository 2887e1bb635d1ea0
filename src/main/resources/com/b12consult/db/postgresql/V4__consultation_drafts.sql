-- Schema 4: a consultation not saved yet, kept as it is typed (as ../sqlite/V4). One draft per patient.

CREATE TABLE consultation_drafts (
    patient_id bigint    PRIMARY KEY REFERENCES patients (id) ON DELETE CASCADE,
    -- {"Injections": {"rx.dose": "1000", ...}, "Clot risk": {...}, ...}
    steps_json json_text NOT NULL CHECK (json_typeof(steps_json::json) = 'object'),
    saved_at   text      COLLATE "C" NOT NULL
);
