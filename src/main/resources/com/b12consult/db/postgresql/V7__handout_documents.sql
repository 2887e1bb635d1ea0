-- The PDF of each handout given, kept so it can be printed again exactly as it was given (as ../sqlite/V7).
CREATE TABLE handout_documents (
    handout_id bigint PRIMARY KEY REFERENCES handouts (id),
    pdf        bytea  NOT NULL CHECK (length(pdf) > 0)
);
