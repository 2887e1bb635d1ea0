package com.b12consult.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.b12consult.store.StoreLocation.ClinicServer;
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

class StoreAddressTest {
    @TempDir
    Path home;
    private final List<String> notes = new ArrayList<>();

    private StoreLocation parse(String text, Map<String, String> env) {
        return StoreAddress.parse(text, env, home, "nurse", notes::add);
    }

    private ClinicServer server(String text, Map<String, String> env) {
        return (ClinicServer) parse(text, env);
    }

    @Test
    void aPathStaysTheSqliteFileItAlwaysWas() {
        assertEquals(new StoreLocation.SqliteFile(Path.of("/tmp/clinic.db")), parse("/tmp/clinic.db", Map.of()));
        assertEquals(new StoreLocation.SqliteFile(Path.of("my clinic.db")), parse("my clinic.db", Map.of()));
        assertEquals(List.of(), notes);
    }

    @Test
    void aPostgresqlUrlIsTheClinicServerWithItsUserPortAndSslMode() {
        ClinicServer s = server("postgresql://reception@db.clinic.lan:6543/b12?sslmode=verify-full"
                + "&sslrootcert=/etc/clinic/ca.pem", Map.of(StoreAddress.PASSWORD_VARIABLE, "s3cret"));
        assertEquals("postgresql://db.clinic.lan:6543/b12", s.url());
        assertEquals("reception", s.user());
        assertEquals("s3cret", s.password());
        assertEquals("verify-full", s.sslMode());
        assertEquals(Optional.of(Path.of("/etc/clinic/ca.pem")), s.sslRootCert());
        assertTrue(s.jdbcUrl().contains("sslrootcert=%2Fetc%2Fclinic%2Fca.pem"), s.jdbcUrl());
    }

    @Test
    void withoutUserOrPortTheDefaultsAreLibpqs() {
        ClinicServer s = server("postgresql://db.clinic.lan/b12", Map.of());
        assertEquals("postgresql://db.clinic.lan:5432/b12", s.url());
        assertEquals("nurse", s.user(), "the user of this computer, as psql would");
        assertEquals("prefer", s.sslMode());
        assertEquals("", s.password(), "no password: the server decides whether it needs one");
        assertEquals("frontdesk", server("postgresql://db.clinic.lan/b12", Map.of("PGUSER", "frontdesk")).user());
        assertEquals("require", server("POSTGRESQL://h/b12?sslmode=require", Map.of()).sslMode());
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithWhereToPutItAndNotRepeated() {
        for (String text : List.of("postgresql://reception:hunter2@h/b12", "postgresql://reception:hunter2@h:5432/b12",
                "postgresql://:hunter2@h/b12", "postgresql://reception:hunter2@h:xx/b12")) {
            var e = assertThrows(IllegalArgumentException.class, () -> parse(text, Map.of()), text);
            assertTrue(e.getMessage().contains(StoreAddress.PASSWORD_VARIABLE), e.getMessage());
            assertTrue(e.getMessage().contains("~/.pgpass"), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        }
    }

    @Test
    void anAddressOfAnotherShapeIsRefusedSayingTheShape() {
        for (String text : List.of("postgresql://h", "postgresql://h/", "postgresql://h/a/b", "postgresql:///b12",
                "postgresql://h/b12?ssl=true", "postgresql://h/b12?sslmode=maybe", "jdbc:postgresql://h/b12",
                "mysql://h/b12", "postgresql://h:notaport/b12", "postgresql://h/b12#x")) {
            var e = assertThrows(IllegalArgumentException.class, () -> parse(text, Map.of()), text);
            assertTrue(e.getMessage().startsWith("--db"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> parse(" ", Map.of()));
    }

    @Test
    void thePasswordComesFromB12DbPasswordThenPgpasswordThenThePasswordFile() throws Exception {
        pgpass("h:5432:b12:nurse:from-file\n");
        String url = "postgresql://h/b12";
        assertEquals("from-b12", server(url, Map.of(StoreAddress.PASSWORD_VARIABLE, "from-b12", "PGPASSWORD", "pg"))
                .password());
        assertEquals("pg", server(url, Map.of("PGPASSWORD", "pg")).password());
        assertEquals("from-file", server(url, Map.of()).password());
    }

    @Test
    void thePasswordFileMatchesItsFieldsWithWildcardsAndEscapes() throws Exception {
        pgpass("""
                # the clinic's servers
                other:5432:b12:nurse:not-this-host
                h:5433:b12:nurse:not-this-port
                h:*:b\\:12:nurse:escaped\\:colon\\\\x
                *:*:*:nurse:any-nurse
                *:*:*:*:anyone
                """);
        assertEquals("escaped:colon\\x", server("postgresql://h/b%3A12", Map.of()).password());
        assertEquals("any-nurse", server("postgresql://h:5433/other", Map.of()).password());
        assertEquals("anyone", server("postgresql://doctor@h/b12", Map.of()).password());
        assertEquals(List.of(), notes);
    }

    @Test
    void pgpassfileNamesAnotherPasswordFile() throws Exception {
        Path elsewhere = home.resolve("clinic.pgpass");
        Files.writeString(elsewhere, "*:*:*:*:elsewhere\n");
        if (supportsPosix()) {
            Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
        }
        assertEquals("elsewhere", server("postgresql://h/b12", Map.of("PGPASSFILE", elsewhere.toString())).password());
    }

    @Test
    void aPasswordFileOthersMayReadIsIgnoredSayingWhy() throws Exception {
        assumeTrue(supportsPosix(), "file modes are a POSIX matter");
        Path file = pgpass("*:*:*:*:readable-by-all\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("", server("postgresql://h/b12", Map.of()).password());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("chmod 600"), notes.get(0));
        assertTrue(notes.get(0).contains(file.toString()), notes.get(0));
        assertFalse(notes.get(0).contains("readable-by-all"), notes.get(0));
    }

    @Test
    void thePasswordIsInNoDescriptionOfTheServer() throws Exception {
        pgpass("*:*:*:*:pw-from-file-77\n");
        ClinicServer s = server("postgresql://reception@h/b12?sslmode=require", Map.of());
        assertEquals("pw-from-file-77", s.password());
        assertFalse(s.toString().contains("pw-from-file-77"), s.toString());
        assertFalse(s.describe().contains("pw-from-file-77"), s.describe());
        assertFalse(s.jdbcUrl().contains("pw-from-file-77"), s.jdbcUrl());
    }

    private Path pgpass(String content) throws Exception {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, content);
        if (supportsPosix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private static boolean supportsPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
