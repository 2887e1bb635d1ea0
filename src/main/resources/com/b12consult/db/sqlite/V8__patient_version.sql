-- Schema 8: a patient's details carry a version, so two workstations editing one patient cannot silently
-- overwrite each other. Every saved edit is `UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?`
-- with the version the editor started from; when no row matches, someone saved in between and the edit is
-- refused (PatientRepository.update). Existing patients start at 1, as a new one does.
--
-- Who changed it and when is read from the audit log, not kept here: every saved edit appends its
-- patient_updated entry (with the initials and the time) in the same transaction as the version's increase,
-- so the newest such entry is the change the editor missed. updated_by/updated_at columns would repeat what
-- the log already holds, could drift from it, and would go into every export of the patient's data.
ALTER TABLE patients ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
