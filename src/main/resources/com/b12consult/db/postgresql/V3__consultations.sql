-- Schema 3: what a consultation adds to its saved assessment (as ../sqlite/V3). Keyed by the assessments
-- row (one consultation per assessment); like the other clinical records, rows are added, never changed.

CREATE TABLE consultations (
    assessment_id     bigint  PRIMARY KEY REFERENCES assessments (id),
    saved_by_user     text    COLLATE "C" NOT NULL CHECK (length(trim(saved_by_user)) > 0),
    saved_by_initials text    COLLATE "C" NOT NULL DEFAULT '',
    note              text    COLLATE "C" NOT NULL DEFAULT ''
);

-- Checklist findings ticked done, by the finding's id in the stored report.
CREATE TABLE consultation_ticks (
    assessment_id bigint  NOT NULL REFERENCES consultations (assessment_id),
    finding_id    text    COLLATE "C" NOT NULL CHECK (length(trim(finding_id)) > 0),
    position      integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (assessment_id, finding_id)
);

-- The answer to each alert: acted on, or not applicable (an override) with its reason.
CREATE TABLE alert_answers (
    assessment_id bigint  NOT NULL REFERENCES consultations (assessment_id),
    finding_id    text    COLLATE "C" NOT NULL CHECK (length(trim(finding_id)) > 0),
    position      integer NOT NULL CHECK (position >= 0),
    answer        text    COLLATE "C" NOT NULL CHECK (answer IN ('acted_on', 'not_applicable')),
    reason        text    COLLATE "C" NOT NULL DEFAULT '',
    -- an override always says why (blanks: space, tab, line feed, carriage return, as on SQLite)
    CHECK (answer <> 'not_applicable' OR length(btrim(reason, E' \t\n\r')) > 0),
    PRIMARY KEY (assessment_id, finding_id)
);
