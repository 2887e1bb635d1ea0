package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream in, String... args) {
        return CommandLine.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), a -> {
                    throw new AssertionError("the handout command must not open the window");
                });
    }

    private Path fixture(String text) throws IOException {
        Path f = dir.resolve("assessment.json");
        Files.writeString(f, text);
        return f;
    }

    private static String rich() throws IOException {
        try (InputStream in = HandoutCommandTest.class.getResourceAsStream("rich-consultation.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheHandoutWithTheGivenDetails() throws IOException {
        Path pdf = dir.resolve("handout.pdf");
        assertEquals(0, run(InputStream.nullInputStream(), "handout", fixture(rich()).toString(), "--out", pdf.toString(),
                "--name", "José Martí", "--clinic", "Riverside Health Centre", "--phone", "01632 960 123",
                "--paper", "letter", "--next-dose", "2025-09-22", "--date", "2025-09-15"), err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("For José Martí · 15 September 2025"), text);
            assertTrue(text.contains("Your next shot: 22 September 2025"), text);
            assertTrue(text.contains("Riverside Health Centre, phone 01632 960 123"), text);
            assertEquals(792, doc.getPage(0).getMediaBox().getHeight(), 0.5, "Letter");
        }
        assertTrue(out.toString().contains("written to " + pdf), out.toString());
    }

    @Test
    void withoutANameTheHandoutNamesThePatientId() throws IOException {
        Path pdf = dir.resolve("h.pdf");
        assertEquals(0, run(new ByteArrayInputStream(rich().getBytes(StandardCharsets.UTF_8)), "handout", "-", "--out",
                pdf.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("patient FX-7"));
            assertEquals(842, doc.getPage(0).getMediaBox().getHeight(), 0.5, "A4 by default");
        }
    }

    @Test
    void anInvalidFileExitsTwoAndWritesNoPdf() throws IOException {
        Path pdf = dir.resolve("h.pdf");
        assertEquals(2, run(InputStream.nullInputStream(), "handout", fixture(rich().replace("\"male\"", "\"mael\"")).toString(),
                "--out", pdf.toString()));
        assertTrue(err.toString().contains("/patient/sex"), err.toString());
        assertTrue(err.toString().contains("no handout was made"), err.toString());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aMissingFileExitsOne() {
        assertEquals(1, run(InputStream.nullInputStream(), "handout", dir.resolve("nope.json").toString(), "--out",
                dir.resolve("h.pdf").toString()));
        assertTrue(err.toString().contains("no such file"));
    }

    @Test
    void wrongUsageNamesTheOptionAndWhatIsAccepted() throws IOException {
        String file = fixture(rich()).toString();
        assertEquals(CommandLine.USAGE, run(InputStream.nullInputStream(), "handout", file));
        assertTrue(err.toString().contains("needs --out"), err.toString());
        err.reset();
        assertEquals(CommandLine.USAGE, run(InputStream.nullInputStream(), "handout", file, "--out", "x.pdf", "--paper", "a5"));
        assertTrue(err.toString().contains("use a4 or letter"), err.toString());
        err.reset();
        assertEquals(CommandLine.USAGE, run(InputStream.nullInputStream(), "handout", file, "--out", "x.pdf",
                "--next-dose", "5.12.2026"));
        assertTrue(err.toString().contains("YYYY-MM-DD"), err.toString());
        err.reset();
        assertEquals(CommandLine.USAGE, run(InputStream.nullInputStream(), "handout", file, "--out", "x.pdf", "--colour", "red"));
        assertTrue(err.toString().contains("unknown option --colour"), err.toString());
    }

    @Test
    void helpDocumentsTheHandoutCommand() {
        assertEquals(0, run(InputStream.nullInputStream(), "--help"));
        for (String option : new String[] {"handout FILE --out PDF", "--name", "--clinic", "--phone", "--paper a4|letter"}) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
