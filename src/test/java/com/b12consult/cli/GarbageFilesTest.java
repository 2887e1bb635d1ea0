package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.b12consult.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file the app reads, given garbage (binary, truncated, huge, JSON of the wrong types), is refused with
 * a message naming the file and what is wrong, and nothing else happens.
 */
class GarbageFilesTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), a -> {
                    throw new AssertionError("no window");
                });
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String rich() throws IOException {
        try (InputStream in = GarbageFilesTest.class.getResourceAsStream("rich-consultation.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path garbage(String kind, String suffix) throws IOException {
        Path f = dir.resolve(kind + suffix);
        byte[] random = new byte[4096];
        new Random(kind.hashCode()).nextBytes(random);
        switch (kind) {
            case "binary" -> Files.write(f, random);
            case "empty" -> Files.write(f, new byte[0]);
            case "truncated" -> Files.writeString(f, rich().substring(0, rich().length() / 2));
            case "wrong-types" -> Files.writeString(f, rich().replaceFirst("\"schemaVersion\": 1", "\"schemaVersion\": \"one\"")
                    .replace("\"labs\": [", "\"labs\": {\"x\": [").replaceFirst("]\\s*,\\s*\"headaches\"", "]}, \"headaches\""));
            case "array" -> Files.writeString(f, "[1, 2, 3]");
            case "huge" -> {
                try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
                    r.write("{\"padding\": \"".getBytes(StandardCharsets.US_ASCII));
                    r.write(new byte[0]);
                    byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 40; i++) {
                        r.write(chunk);
                    }
                    r.write("\"}".getBytes(StandardCharsets.US_ASCII));
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "empty", "truncated", "wrong-types", "array", "huge"})
    void anAssessmentFileOfGarbageIsRefusedNamingTheFile(String kind) throws IOException {
        Path f = garbage(kind, ".json");
        int status = run("evaluate", f.toString());
        assertTrue(status == 1 || status == 2, "status " + status + ": " + errors());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no report from garbage");
        assertTrue(errors().contains(f.getFileName().toString()), "names the file: " + errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "empty", "truncated", "array", "huge"})
    void aBackupFileOfGarbageIsRefusedNamingTheFileAndTheDatabaseIsUntouched(String kind) throws Exception {
        Path db = dir.resolve("clinic.db");
        Database.open(db).close();
        byte[] before = Files.readAllBytes(db);
        Path f = garbage(kind, ".db");
        assertEquals(2, run("restore", f.toString(), "--db", db.toString()), errors());
        assertTrue(errors().contains(f.getFileName().toString()), "names the file: " + errors());
        assertTrue(errors().contains("not") || errors().contains("damaged"), "says what is wrong: " + errors());
        assertEquals(java.util.Arrays.hashCode(before), java.util.Arrays.hashCode(Files.readAllBytes(db)));
    }

    @Test
    void aTruncatedRealBackupIsRefusedAsDamaged() throws Exception {
        Path db = dir.resolve("clinic.db");
        Path backup;
        try (Database open = Database.open(db)) {
            backup = open.backUpNow(java.time.Clock.systemUTC());
        }
        byte[] whole = Files.readAllBytes(backup);
        Path cut = dir.resolve("cut.db");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(2, run("restore", cut.toString(), "--db", db.toString()), errors());
        assertTrue(errors().contains("cut.db"), errors());
    }
}
