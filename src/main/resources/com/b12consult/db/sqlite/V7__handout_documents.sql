-- The PDF of each handout given, kept so it can be printed again exactly as it was given: its SHA-256 is
-- the one the handouts row records. One row per handout given, removed and exported with the patient
-- (through its key to handouts). Handouts given before this migration have no document: they can be
-- listed but not printed again.
CREATE TABLE handout_documents (
    handout_id INTEGER PRIMARY KEY REFERENCES handouts (id),
    pdf        BLOB    NOT NULL CHECK (length(pdf) > 0)
);
