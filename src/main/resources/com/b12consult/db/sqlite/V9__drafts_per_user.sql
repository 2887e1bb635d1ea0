-- Schema 9: a consultation draft belongs to the workstation user who typed it. On a clinic server two people
-- may have one patient's consultation open in two rooms; each keeps their own draft, and neither overwrites
-- nor restores the other's. A draft kept before this schema has no known author (''): it is offered to whoever
-- opens that patient's consultation first, and becomes theirs when they type.

CREATE TABLE consultation_drafts_by_user (
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    -- the operating-system user of the workstation (the account, once there are accounts); '' before schema 9
    typed_by   TEXT    NOT NULL,
    steps_json TEXT    NOT NULL CHECK (json_valid(steps_json) AND json_type(steps_json) = 'object'),
    saved_at   TEXT    NOT NULL,
    PRIMARY KEY (patient_id, typed_by)
);
INSERT INTO consultation_drafts_by_user (patient_id, typed_by, steps_json, saved_at)
    SELECT patient_id, '', steps_json, saved_at FROM consultation_drafts;
DROP TABLE consultation_drafts;
ALTER TABLE consultation_drafts_by_user RENAME TO consultation_drafts;
