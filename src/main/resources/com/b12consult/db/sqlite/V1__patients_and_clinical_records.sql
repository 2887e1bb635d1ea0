-- Schema 1 of B12 Consult.
-- Moments are stored as text of fixed width so that text order is time order:
--   local clinical times (given, onset)  'YYYY-MM-DDTHH:MM:SS'
--   instants stamped by the app (saved, given, audit)  'YYYY-MM-DDTHH:MM:SS.mmmZ' (UTC)
-- Coded values use the codes of the assessment file format (assessment-format.md).

CREATE TABLE patients (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    -- lower case without accents, for search and ordering
    name_search     TEXT    NOT NULL,
    identifier      TEXT    NOT NULL CHECK (length(trim(identifier)) > 0),
    -- lower case: 'P-0042' and 'p-0042' are the same patient
    identifier_key  TEXT    NOT NULL UNIQUE,
    birth_date      TEXT    CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sex             TEXT    NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    known_allergies TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX patients_by_name ON patients (name_search, id);

CREATE TABLE prescriptions (
    id                        INTEGER PRIMARY KEY,
    patient_id                INTEGER NOT NULL REFERENCES patients (id),
    product                   TEXT    NOT NULL CHECK (product IN ('hydroxocobalamin', 'cyanocobalamin')),
    dose_micrograms           REAL    NOT NULL CHECK (dose_micrograms > 0),
    loading_interval_days     INTEGER CHECK (loading_interval_days IS NULL OR loading_interval_days > 0),
    loading_doses             INTEGER CHECK (loading_doses IS NULL OR loading_doses > 0),
    maintenance_interval_days INTEGER NOT NULL CHECK (maintenance_interval_days > 0),
    start_date                TEXT    NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    CHECK ((loading_interval_days IS NULL) = (loading_doses IS NULL))
);
CREATE INDEX prescriptions_by_patient ON prescriptions (patient_id, start_date);

CREATE TABLE injections (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients (id),
    given_at        TEXT    NOT NULL,
    product         TEXT    NOT NULL CHECK (product IN ('hydroxocobalamin', 'cyanocobalamin')),
    dose_micrograms REAL    NOT NULL CHECK (dose_micrograms > 0),
    site            TEXT    NOT NULL CHECK (site IN ('left_deltoid', 'right_deltoid', 'left_gluteal', 'right_gluteal',
                                                 'left_thigh', 'right_thigh')),
    -- symptom codes as a JSON array of strings
    reactions       TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(reactions) AND json_type(reactions) = 'array')
);
CREATE INDEX injections_by_patient ON injections (patient_id, given_at);

CREATE TABLE lab_panels (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    taken_on   TEXT    NOT NULL CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX lab_panels_by_patient ON lab_panels (patient_id, taken_on);

CREATE TABLE lab_results (
    panel_id INTEGER NOT NULL REFERENCES lab_panels (id) ON DELETE CASCADE,
    analyte  TEXT    NOT NULL CHECK (analyte IN ('platelets', 'mcv', 'hemoglobin', 'hematocrit', 'b12', 'folate',
                                                 'reticulocytes')),
    value    REAL    NOT NULL,
    unit     TEXT    NOT NULL CHECK (unit IN ('10*9/L', '10*3/uL', '/uL', 'fL', 'g/dL', 'g/L', 'mmol/L', '%', 'L/L',
                                             'pg/mL', 'ng/L', 'pmol/L', 'ng/mL', 'ug/L', 'nmol/L')),
    PRIMARY KEY (panel_id, analyte)
);

CREATE TABLE headache_entries (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id),
    onset_at   TEXT    NOT NULL,
    severity   INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
    type       TEXT    NOT NULL CHECK (type IN ('tension', 'migraine', 'other', 'unknown')),
    associated TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(associated) AND json_type(associated) = 'array')
);
CREATE INDEX headache_entries_by_patient ON headache_entries (patient_id, onset_at);

CREATE TABLE assessments (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER NOT NULL REFERENCES patients (id),
    context         TEXT    NOT NULL CHECK (context IN ('consultation', 'pre_injection')),
    assessment_json TEXT    NOT NULL CHECK (json_valid(assessment_json)),
    report_json     TEXT    NOT NULL CHECK (json_valid(report_json)),
    rulebook_version TEXT   NOT NULL CHECK (length(rulebook_version) > 0),
    rulebook_sha256 TEXT    NOT NULL CHECK (length(rulebook_sha256) = 64),
    saved_at        TEXT    NOT NULL
);
CREATE INDEX assessments_by_patient ON assessments (patient_id, saved_at);

CREATE TABLE handouts (
    id             INTEGER PRIMARY KEY,
    assessment_id  INTEGER NOT NULL REFERENCES assessments (id),
    given_at       TEXT    NOT NULL,
    content_sha256 TEXT    NOT NULL CHECK (length(content_sha256) = 64)
);
CREATE INDEX handouts_by_assessment ON handouts (assessment_id, given_at);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Append-only: rows are never changed or removed. patient_id has no foreign key on purpose:
-- the log must be able to outlive what it mentions.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    os_user    TEXT    NOT NULL CHECK (length(os_user) > 0),
    initials   TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    patient_id INTEGER,
    detail     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_patient ON audit_log (patient_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted');
END;
