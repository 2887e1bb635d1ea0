-- One number that every saving transaction adds one to, in the same transaction (Database.inTransaction), so
-- another window on the same file learns with one cheap read that something was saved since it last looked
-- (StoreChanges). Exactly one row; writes are serialised by the write lock already, so the row adds no waiting.
CREATE TABLE store_changes (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    counter INTEGER NOT NULL CHECK (counter >= 0)
);
INSERT INTO store_changes (id, counter) VALUES (1, 0);
