-- Schema 8: a patient's details carry a version, compared and increased by every saved edit; who changed
-- them and when is read from the audit log's patient_updated entries (as ../sqlite/V8).
ALTER TABLE patients ADD COLUMN version bigint NOT NULL DEFAULT 1 CHECK (version >= 1);
