-- Schema 9: a consultation draft belongs to the workstation user who typed it (as ../sqlite/V9). A draft kept
-- before this schema has no known author ('').

ALTER TABLE consultation_drafts ADD COLUMN typed_by text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE consultation_drafts ALTER COLUMN typed_by DROP DEFAULT;
ALTER TABLE consultation_drafts DROP CONSTRAINT consultation_drafts_pkey;
ALTER TABLE consultation_drafts ADD PRIMARY KEY (patient_id, typed_by);
