package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicBoolean guiStarted = new AtomicBoolean();

    private int run(String... args) {
        return CommandLine.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), a -> guiStarted.set(true));
    }

    @Test
    void bringsANewFileUpToThisVersionAndSaysWhichSchemaItHolds() throws Exception {
        Path file = dir.resolve("clinic.db");
        assertEquals(0, run("migrate", "--db", file.toString()), err.toString());
        assertTrue(Files.isRegularFile(file));
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(file.toString()) && said.contains("up to date"), said);
        String newest;
        try (var names = Files.list(Path.of(getClass().getResource("/com/b12consult/db/sqlite").toURI()))) {
            newest = names.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare).orElseThrow()
                    .toString();
        }
        assertTrue(said.contains("schema version " + newest + "."), said);
        assertFalse(guiStarted.get());

        // again: nothing to do, the same answer
        out.reset();
        assertEquals(0, run("migrate", "--db", file.toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("schema version " + newest + "."));
    }

    @Test
    void aFileThatCannotBeOpenedIsNamedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "not a database");
        assertEquals(1, run("migrate", "--db", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(file.toString()), err.toString());
        assertEquals("not a database", Files.readString(file));
    }

    @Test
    void withoutTheDatabaseItSaysHowToCallIt() {
        assertEquals(CommandLine.USAGE, run("migrate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: b12consult migrate --db"), err.toString());
        err.reset();
        assertEquals(CommandLine.USAGE, run("migrate", "--db", "postgresql://nurse:secret@db.clinic/b12"));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("Usage"), said);
        assertFalse(said.contains("secret"), said);
        assertFalse(guiStarted.get());
    }
}
