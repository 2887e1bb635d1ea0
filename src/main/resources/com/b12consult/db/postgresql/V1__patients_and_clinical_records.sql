-- Schema 1 of B12 Consult, on a clinic's PostgreSQL server: the same tables, columns and checks as
-- ../sqlite/V1__patients_and_clinical_records.sql, written in PostgreSQL's words. What differs, and why:
--   ids      bigint identity columns: a sequence never hands out an id twice, even after a delete
--            (patients get theirs from the app, as on SQLite, so the audit log's ids stay theirs)
--   dates    GLOB '[0-9]...' checks become regular expressions (~)
--   JSON     the domain json_text: text kept exactly as written, checked by a cast to json
--   REAL     double precision (SQLite's REAL is an 8-byte float too)
--   text     sorted by code point (COLLATE "C"), as SQLite compares text, whatever the server's locale
--   triggers PL/pgSQL functions
-- Moments are stored as text of fixed width so that text order is time order, as on SQLite.

CREATE DOMAIN json_text AS text COLLATE "C" CHECK (VALUE::json IS NOT NULL);

CREATE TABLE patients (
    id              bigint  PRIMARY KEY,
    name            text    COLLATE "C" NOT NULL CHECK (length(trim(name)) > 0),
    name_search     text    COLLATE "C" NOT NULL,
    identifier      text    COLLATE "C" NOT NULL CHECK (length(trim(identifier)) > 0),
    identifier_key  text    COLLATE "C" NOT NULL UNIQUE,
    birth_date      text    COLLATE "C" CHECK (birth_date IS NULL OR birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    sex             text    COLLATE "C" NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    known_allergies text    COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX patients_by_name ON patients (name_search, id);

CREATE TABLE prescriptions (
    id                        bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id                bigint  NOT NULL REFERENCES patients (id),
    product                   text    COLLATE "C" NOT NULL CHECK (product IN ('hydroxocobalamin', 'cyanocobalamin')),
    dose_micrograms           double precision NOT NULL CHECK (dose_micrograms > 0),
    loading_interval_days     integer CHECK (loading_interval_days IS NULL OR loading_interval_days > 0),
    loading_doses             integer CHECK (loading_doses IS NULL OR loading_doses > 0),
    maintenance_interval_days integer NOT NULL CHECK (maintenance_interval_days > 0),
    start_date                text    COLLATE "C" NOT NULL CHECK (start_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    CHECK ((loading_interval_days IS NULL) = (loading_doses IS NULL))
);
CREATE INDEX prescriptions_by_patient ON prescriptions (patient_id, start_date);

CREATE TABLE injections (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id      bigint  NOT NULL REFERENCES patients (id),
    given_at        text    COLLATE "C" NOT NULL,
    product         text    COLLATE "C" NOT NULL CHECK (product IN ('hydroxocobalamin', 'cyanocobalamin')),
    dose_micrograms double precision NOT NULL CHECK (dose_micrograms > 0),
    site            text    COLLATE "C" NOT NULL CHECK (site IN ('left_deltoid', 'right_deltoid', 'left_gluteal',
                                                 'right_gluteal', 'left_thigh', 'right_thigh')),
    -- symptom codes as a JSON array of strings
    reactions       json_text NOT NULL DEFAULT '[]' CHECK (json_typeof(reactions::json) = 'array')
);
CREATE INDEX injections_by_patient ON injections (patient_id, given_at);

CREATE TABLE lab_panels (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id bigint  NOT NULL REFERENCES patients (id),
    taken_on   text    COLLATE "C" NOT NULL CHECK (taken_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')
);
CREATE INDEX lab_panels_by_patient ON lab_panels (patient_id, taken_on);

CREATE TABLE lab_results (
    panel_id bigint  NOT NULL REFERENCES lab_panels (id) ON DELETE CASCADE,
    analyte  text    COLLATE "C" NOT NULL CHECK (analyte IN ('platelets', 'mcv', 'hemoglobin', 'hematocrit', 'b12',
                                                 'folate', 'reticulocytes')),
    value    double precision NOT NULL,
    unit     text    COLLATE "C" NOT NULL CHECK (unit IN ('10*9/L', '10*3/uL', '/uL', 'fL', 'g/dL', 'g/L', 'mmol/L',
                                             '%', 'L/L', 'pg/mL', 'ng/L', 'pmol/L', 'ng/mL', 'ug/L', 'nmol/L')),
    PRIMARY KEY (panel_id, analyte)
);

CREATE TABLE headache_entries (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id bigint  NOT NULL REFERENCES patients (id),
    onset_at   text    COLLATE "C" NOT NULL,
    severity   integer NOT NULL CHECK (severity BETWEEN 0 AND 10),
    type       text    COLLATE "C" NOT NULL CHECK (type IN ('tension', 'migraine', 'other', 'unknown')),
    associated json_text NOT NULL DEFAULT '[]' CHECK (json_typeof(associated::json) = 'array')
);
CREATE INDEX headache_entries_by_patient ON headache_entries (patient_id, onset_at);

CREATE TABLE assessments (
    id               bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id       bigint  NOT NULL REFERENCES patients (id),
    context          text    COLLATE "C" NOT NULL CHECK (context IN ('consultation', 'pre_injection')),
    assessment_json  json_text NOT NULL,
    report_json      json_text NOT NULL,
    rulebook_version text    COLLATE "C" NOT NULL CHECK (length(rulebook_version) > 0),
    rulebook_sha256  text    COLLATE "C" NOT NULL CHECK (length(rulebook_sha256) = 64),
    saved_at         text    COLLATE "C" NOT NULL
);
CREATE INDEX assessments_by_patient ON assessments (patient_id, saved_at);

CREATE TABLE handouts (
    id             bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id  bigint  NOT NULL REFERENCES assessments (id),
    given_at       text    COLLATE "C" NOT NULL,
    content_sha256 text    COLLATE "C" NOT NULL CHECK (length(content_sha256) = 64)
);
CREATE INDEX handouts_by_assessment ON handouts (assessment_id, given_at);

CREATE TABLE settings (
    key   text COLLATE "C" PRIMARY KEY,
    value text COLLATE "C" NOT NULL
);

-- Append-only: rows are never changed or removed. patient_id has no foreign key on purpose:
-- the log must be able to outlive what it mentions.
CREATE TABLE audit_log (
    id         bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         text    COLLATE "C" NOT NULL,
    os_user    text    COLLATE "C" NOT NULL CHECK (length(os_user) > 0),
    initials   text    COLLATE "C" NOT NULL,
    action     text    COLLATE "C" NOT NULL,
    patient_id bigint,
    detail     text    COLLATE "C" NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_patient ON audit_log (patient_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'The audit log is append-only: entries cannot be changed';
    END IF;
    RAISE EXCEPTION 'The audit log is append-only: entries cannot be deleted';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- A row trigger does not see TRUNCATE, which would empty the log at once.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
