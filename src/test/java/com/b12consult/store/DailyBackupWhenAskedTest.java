package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.b12consult.domain.KnownAllergies;
import com.b12consult.domain.Patient;
import com.b12consult.domain.Sex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The app's open leaves today's backup for after its screens show: on a file it is taken when asked; on a server, never. */
@ParameterizedClass
@ExtendWith(TestServer.DropDatabases.class)
@MethodSource("com.b12consult.store.TestServer#kinds")
class DailyBackupWhenAskedTest {
    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private long backupFiles() throws Exception {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void theOpenLeavesTodaysBackupForWhenItIsAskedFor() throws Exception {
        StoreLocation location;
        try (StoreFixture store = new StoreFixture(dir, kind)) {
            location = store.location;
            new PatientRepository(store.database, store.auditLog).create(Patient.unsaved("Ann", "P-1", Optional.empty(),
                    Sex.FEMALE, KnownAllergies.NOT_RECORDED), StoreFixture.NURSE);
        }
        try (Stream<Path> made = Files.exists(dir.resolve("backups")) ? Files.list(dir.resolve("backups")) : Stream.empty()) {
            made.forEach(f -> f.toFile().delete());
        }
        try (Database db = Database.open(location, Database.DailyBackup.WHEN_ASKED)) {
            assertEquals(1, new PatientRepository(db, new AuditLog(db, java.time.Clock.systemUTC())).search("").size(),
                    "open and readable at once");
            assertEquals(0, backupFiles(), "nothing copied while opening");
            assertEquals(Optional.empty(), db.takeDailyBackupIfDue());
            assertEquals(Optional.empty(), db.backupProblem());
            assertEquals(kind == StoreKind.SQLITE ? 1 : 0, backupFiles(),
                    "a file is backed up when asked; a clinic server is backed up on the server");
        }
    }
}
