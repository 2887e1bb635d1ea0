-- Schema 11 on a clinic server: the same table as ../sqlite/V11__next_doses.sql (see there for why and what it
-- holds), in PostgreSQL's words: the date check as a regular expression, text sorted by code point.

CREATE TABLE next_doses (
    patient_id bigint PRIMARY KEY REFERENCES patients (id),
    due_on     text   COLLATE "C" CHECK (due_on IS NULL OR due_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')
);
CREATE INDEX next_doses_by_day ON next_doses (due_on);
CREATE INDEX prescriptions_by_start ON prescriptions (start_date);
