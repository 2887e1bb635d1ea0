-- After every migrate (Flyway's afterMigrate callback, on the clinic server only): the rights of the clinic's
-- staff role on the schema as it now is, so a table a new version adds is granted in the same start.
--
-- The database's owner (who creates it and applies each version's schema changes) is one role; the people and
-- workstations of the clinic log in as roles that are members of b12consult_staff, which may read and write the
-- records but may only add to the audit log and read it: never change, remove or empty an entry (the audit
-- log's triggers refuse those to everyone, the owner included; this takes the right away as well). Nor may staff
-- write the schema's history. Without a b12consult_staff role (a server of one user) nothing is granted, and a
-- start by a staff member, who does not own the tables, grants nothing either. See docs/clinic-server.md.
DO $$
DECLARE
    here  text := current_schema();
    owner oid  := (SELECT relowner FROM pg_class WHERE oid = to_regclass(quote_ident(current_schema()) || '.audit_log'));
BEGIN
    IF owner IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'b12consult_staff')
            OR NOT pg_has_role(current_user, owner, 'USAGE') THEN
        RETURN;
    END IF;
    -- The rooms of a clinic start together, and two GRANTs on one schema at the same moment make the server
    -- refuse one ("tuple concurrently updated"): the grants take turns on a lock of their own (the key spells
    -- "B12Grant"), which ends with this block's transaction.
    PERFORM pg_advisory_xact_lock(4769648762805120628);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO b12consult_staff', here);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO b12consult_staff', here);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO b12consult_staff', here);
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM b12consult_staff;
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM b12consult_staff;
END
$$;
