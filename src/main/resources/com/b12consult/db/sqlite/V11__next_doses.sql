-- Schema 11: the day each patient's next dose falls due, kept so that the due list of a clinic of 20,000 reads a
-- page of the most urgent patients from an index instead of working out everyone's dose calendar on every read.
-- The app writes it in the same transaction as every change it follows (a patient created, a prescription added,
-- a dose recorded, a dose marked entered in error), from the dose calendar itself (store.NextDoses); the due list
-- still works out the dose of every patient it shows from their course, so this only chooses whom to read.
--   due_on  the next due day under the patient's latest prescription (by start date, then the latest added),
--           whether or not it has started; NULL for a patient without a prescription
-- A file from before this schema has no rows yet: the first due list read fills them in (NextDoses.fillIn).

CREATE TABLE next_doses (
    patient_id INTEGER PRIMARY KEY REFERENCES patients (id),
    due_on     TEXT    CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX next_doses_by_day ON next_doses (due_on);
-- the patients with a prescription that starts after today are always read again (their dose in force differs)
CREATE INDEX prescriptions_by_start ON prescriptions (start_date);
