-- One number that every saving transaction adds one to, in the same transaction (Database.inTransaction), so
-- another workstation learns with one cheap read that something was saved since it last looked (StoreChanges).
-- Exactly one row; writes are serialised by the advisory write lock already, so the row lock adds no waiting.
CREATE TABLE store_changes (
    id      integer PRIMARY KEY CHECK (id = 1),
    counter bigint  NOT NULL CHECK (counter >= 0)
);
INSERT INTO store_changes (id, counter) VALUES (1, 0);
