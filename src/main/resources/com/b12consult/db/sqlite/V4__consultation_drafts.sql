-- Schema 4: a consultation not saved yet, kept as it is typed so that a crash or a closed window loses
-- nothing. One draft per patient; each step's fields as typed, valid or not, by the step's name.
-- A draft is not part of the record: it is replaced as typing goes on, and deleted once the consultation
-- is saved or discarded (and with its patient, should patients ever be deleted).

CREATE TABLE consultation_drafts (
    patient_id INTEGER PRIMARY KEY REFERENCES patients (id) ON DELETE CASCADE,
    -- {"Injections": {"rx.dose": "1000", ...}, "Clot risk": {...}, ...}
    steps_json TEXT    NOT NULL CHECK (json_valid(steps_json) AND json_type(steps_json) = 'object'),
    saved_at   TEXT    NOT NULL
);
