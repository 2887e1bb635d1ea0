-- Schema 3: what a consultation adds to its saved assessment: who saved it, the note, the checklist
-- findings ticked done, and the answers to its alerts. Keyed by the assessments row (one consultation per
-- assessment); like the other clinical records, rows are added, never changed.

CREATE TABLE consultations (
    assessment_id     INTEGER PRIMARY KEY REFERENCES assessments (id),
    saved_by_user     TEXT    NOT NULL CHECK (length(trim(saved_by_user)) > 0),
    saved_by_initials TEXT    NOT NULL DEFAULT '',
    note              TEXT    NOT NULL DEFAULT ''
);

-- Checklist findings ticked done, by the finding's id in the stored report.
CREATE TABLE consultation_ticks (
    assessment_id INTEGER NOT NULL REFERENCES consultations (assessment_id),
    finding_id    TEXT    NOT NULL CHECK (length(trim(finding_id)) > 0),
    position      INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (assessment_id, finding_id)
);

-- The answer to each alert: acted on, or not applicable (an override) with its reason.
CREATE TABLE alert_answers (
    assessment_id INTEGER NOT NULL REFERENCES consultations (assessment_id),
    finding_id    TEXT    NOT NULL CHECK (length(trim(finding_id)) > 0),
    position      INTEGER NOT NULL CHECK (position >= 0),
    answer        TEXT    NOT NULL CHECK (answer IN ('acted_on', 'not_applicable')),
    reason        TEXT    NOT NULL DEFAULT '',
    -- an override always says why
    CHECK (answer <> 'not_applicable' OR length(trim(reason, ' ' || char(9) || char(10) || char(13))) > 0),
    PRIMARY KEY (assessment_id, finding_id)
);
