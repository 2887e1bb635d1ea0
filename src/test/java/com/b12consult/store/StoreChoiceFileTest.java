package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreChoiceFileTest {
    private static final String SECRET = "s3cret-Pw!";

    @TempDir
    Path dir;

    private static StoreChoice server(Optional<String> password) {
        return new StoreChoice(StoreChoice.Kind.CLINIC_SERVER, "db.clinic.lan", 5433, "b12 consult", "reception",
                "verify-full", Optional.of(Path.of("/etc/ssl/clinic-ca.pem")), password);
    }

    @Test
    void noFileIsNoChoice() {
        assertInstanceOf(StoreChoiceFile.Missing.class, new StoreChoiceFile(dir.resolve("database.properties")).read());
    }

    @Test
    void whatIsWrittenIsReadBackAsItWas() {
        StoreChoiceFile file = new StoreChoiceFile(dir.resolve("b12consult/database.properties"));
        file.write(server(Optional.of(SECRET)));
        var read = assertInstanceOf(StoreChoiceFile.Chosen.class, file.read());
        assertEquals(server(Optional.of(SECRET)), read.choice());
        assertEquals(List.of(), read.notes());

        file.write(StoreChoice.thisComputer(Optional.of(server(Optional.empty()))));
        var again = assertInstanceOf(StoreChoiceFile.Chosen.class, file.read());
        assertEquals(StoreChoice.Kind.THIS_COMPUTER, again.choice().kind());
        assertEquals("db.clinic.lan", again.choice().host(), "the server's details are kept for the next switch");
        assertEquals(Optional.empty(), again.choice().password());
    }

    @Test
    void theFileAndItsFolderAreTheOwnersAloneAndNoTemporaryFileIsLeft() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = dir.resolve("cfg/b12consult/database.properties");
        StoreChoiceFile file = new StoreChoiceFile(path);
        file.write(server(Optional.of(SECRET)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path.getParent())));
        file.write(server(Optional.empty()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        try (var files = Files.list(path.getParent())) {
            assertEquals(List.of(path), files.toList());
        }
        assertFalse(Files.readString(path).contains(SECRET), "a password not remembered is not written");
    }

    @Test
    void aFileOthersMayReadIsMadeTheOwnersAndItsPasswordIsNotUsed() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = dir.resolve("database.properties");
        StoreChoiceFile file = new StoreChoiceFile(path);
        file.write(server(Optional.of(SECRET)));
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));

        var read = assertInstanceOf(StoreChoiceFile.Chosen.class, file.read());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
        assertEquals(Optional.empty(), read.choice().password());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("yours alone")), read.notes().toString());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("removed")), read.notes().toString());
        assertTrue(read.notes().stream().noneMatch(n -> n.contains(SECRET)));
        assertFalse(Files.readString(path).contains(SECRET), "the password is off the disk");
        assertEquals(read.choice(), ((StoreChoiceFile.Chosen) file.read()).choice(), "the rest is kept");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
    }

    @Test
    void aDamagedFileIsSaidPlainlyNeverThrownAndNeverRepeatsThePassword() throws Exception {
        Path path = dir.resolve("database.properties");
        StoreChoiceFile file = new StoreChoiceFile(path);
        List<String> damaged = List.of(
                "", // emptied
                "kind=elsewhere\n",
                "kind=clinic-server\nhost=db\nport=fifty\ndatabase=b12\nuser=r\npassword=" + SECRET + "\n",
                "kind=clinic-server\nhost=db\nport=70000\ndatabase=b12\nuser=r\npassword=" + SECRET + "\n",
                "kind=clinic-server\nport=5432\ndatabase=b12\nuser=r\npassword=" + SECRET + "\n",
                "kind=clinic-server\nhost=db\ndatabase=b12\nuser=r\nsslmode=maybe\npassword=" + SECRET + "\n",
                "kind=clinic-server\nhost=db\ndatabase=b12\nuser=r\npassword=\\u12" + SECRET + "\n",
                "\u0000\u00ff\u0001garbage");
        for (String content : damaged) {
            Files.writeString(path, content, StandardCharsets.ISO_8859_1);
            var read = assertInstanceOf(StoreChoiceFile.Damaged.class, file.read(), content);
            assertTrue(read.message().contains(path.toString()), read.message());
            assertTrue(read.message().contains("Choose again"), read.message());
            assertFalse(read.message().contains(SECRET), read.message());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithoutThePassword() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        StoreChoiceFile file = new StoreChoiceFile(blocker.resolve("database.properties"));
        StoreException e = assertThrows(StoreException.class, () -> file.write(server(Optional.of(SECRET))));
        assertTrue(e.getMessage().contains(blocker.toString()), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        assertFalse(String.valueOf(server(Optional.of(SECRET))).contains(SECRET), "toString leaves it out");
    }

    @Test
    void theServerIsReachedWithTheRememberedPasswordElseTheTypedOneElseTheEnvironmentOrPgpass() throws Exception {
        List<String> notes = new ArrayList<>();
        Path home = dir;
        Path defaultFile = dir.resolve("b12consult.db");
        var remembered = (StoreLocation.ClinicServer) server(Optional.of(SECRET))
                .location(defaultFile, "", Map.of("B12_DB_PASSWORD", "env"), home, notes::add);
        assertEquals(SECRET, remembered.password());
        assertEquals("postgresql://db.clinic.lan:5433/b12%20consult", remembered.url());
        assertEquals("verify-full", remembered.sslMode());
        assertEquals(Optional.of(Path.of("/etc/ssl/clinic-ca.pem")), remembered.sslRootCert());

        var typed = (StoreLocation.ClinicServer) server(Optional.of(SECRET))
                .location(defaultFile, "typed", Map.of(), home, notes::add);
        assertEquals("typed", typed.password());

        var fromEnv = (StoreLocation.ClinicServer) server(Optional.empty())
                .location(defaultFile, "", Map.of("B12_DB_PASSWORD", "env"), home, notes::add);
        assertEquals("env", fromEnv.password());

        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "db.clinic.lan:5433:b12 consult:reception:from-pgpass\n");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        }
        var fromFile = (StoreLocation.ClinicServer) server(Optional.empty())
                .location(defaultFile, "", Map.of(), home, notes::add);
        assertEquals("from-pgpass", fromFile.password());

        assertEquals(new StoreLocation.SqliteFile(defaultFile), StoreChoice.thisComputer(Optional.empty())
                .location(defaultFile, "", Map.of(), home, notes::add));
    }
}
