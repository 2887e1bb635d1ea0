package com.b12consult.store;

import com.b12consult.domain.Actor;
import com.b12consult.domain.Patient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A stand-in for a workstation editing one patient's details, run in its own JVM by {@link TwoEditorsTest}: it
 * opens the store, loads the patient and prints {@code loaded <version>}, waits for the line {@code save} on its
 * input (the test sends it to every editor at once), saves the patient under a new name over the version it
 * loaded, and prints {@code saved <version>} or {@code refused <who> <when>}.
 * <p>
 * Arguments: the database (a file, or {@code postgresql://host:port/db}), the server's user (ignored for a file),
 * the patient's id, the editor's initials, the new name. The server's password comes from
 * {@code B12_DB_PASSWORD}, as the app's does, never from the command line.
 */
public final class PatientEditor {
    private PatientEditor() {
    }

    public static void main(String[] args) throws Exception {
        StoreLocation location = args[0].startsWith("postgresql://")
                ? new StoreLocation.ClinicServer(args[0], args[1], System.getenv("B12_DB_PASSWORD"), "disable")
                : new StoreLocation.SqliteFile(Path.of(args[0]));
        long patientId = Long.parseLong(args[2]);
        Actor editor = new Actor("workstation-" + args[3], args[3]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Database database = Database.open(location)) {
            PatientRepository patients = new PatientRepository(database,
                    new AuditLog(database, java.time.Clock.systemUTC()));
            Patient loaded = patients.findById(patientId).orElseThrow();
            say("loaded " + loaded.version());
            String line = in.readLine();
            if (!"save".equals(line)) {
                throw new IllegalStateException("expected \"save\", read " + line);
            }
            Patient edited = new Patient(loaded.id(), args[4], loaded.identifier(), loaded.birthDate(), loaded.sex(),
                    loaded.knownAllergies(), loaded.version());
            try {
                say("saved " + patients.update(edited, editor).version());
            } catch (PatientChangedException e) {
                say("refused " + e.changedByName() + " " + e.changedAt());
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
