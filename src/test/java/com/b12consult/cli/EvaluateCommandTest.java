package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicBoolean guiStarted = new AtomicBoolean();

    private int run(InputStream in, String... args) {
        return CommandLine.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), a -> guiStarted.set(true));
    }

    private static String fixture() throws IOException {
        try (InputStream in = EvaluateCommandTest.class.getResourceAsStream("rich-consultation.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void printsTheReportForAFile() throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, fixture());
        assertEquals(0, run(InputStream.nullInputStream(), "evaluate", file.toString()));
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(1, report.get("schemaVersion").asInt());
        assertEquals("proceed_with_care", report.at("/decision/status").asText());
        assertEquals(131.0, report.at("/derived/latestLabs/platelets").asDouble(), 1e-9);
        assertEquals(12.1, report.at("/derived/latestLabs/hemoglobin").asDouble(), 1e-9);
        assertEquals(128.73, report.at("/derived/latestLabs/b12").asDouble(), 1e-9);
        assertTrue(report.at("/derived/megaloblasticPattern").asBoolean());
        assertEquals("rising", report.at("/derived/plateletTrend").asText());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(!guiStarted.get(), "evaluate must not start the window");
    }

    @Test
    void readsStandardInputForADash() throws IOException {
        assertEquals(0, run(new ByteArrayInputStream(fixture().getBytes(StandardCharsets.UTF_8)), "evaluate", "-"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"decision\""));
    }

    @Test
    void anInvalidFileExitsTwoWithEveryProblemAndNoReport() throws IOException {
        String broken = fixture().replace("\"severity\": 3", "\"severity\": 11").replace("\"stress\"", "\"stres\"");
        assertEquals(2, run(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "evaluate", "-"));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is evaluated from an invalid file");
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("/headaches/0/severity: "), e);
        assertTrue(e.contains("/headacheTriggers/0: "), e);
        assertTrue(e.contains("(2 problems)"), e);
    }

    @Test
    void aMissingFileIsSaidPlainly() {
        assertEquals(1, run(InputStream.nullInputStream(), "evaluate", dir.resolve("nope.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope.json: no such file"));
    }

    @Test
    void wrongUsageShowsHelp() {
        assertEquals(CommandLine.USAGE, run(InputStream.nullInputStream(), "evaluate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage:"));
    }

    @Test
    void versionNeedsNoWindow() {
        assertEquals(0, run(InputStream.nullInputStream(), "--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("B12 Consult "));
        assertTrue(!guiStarted.get());
    }

    @Test
    void anythingElseOpensTheWindow() {
        assertEquals(CommandLine.START_GUI_DONE, run(InputStream.nullInputStream(), "--db", dir.resolve("x.db").toString()));
        assertTrue(guiStarted.get());
    }
}
