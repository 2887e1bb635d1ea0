package com.b12consult.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user or script would: headless commands work with no display at all,
 * which also shows they never start the JavaFX toolkit.
 */
class PackagedJarIT {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("b12consult.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Path fixture(String text) throws IOException {
        Path f = dir.resolve("assessment.json");
        Files.writeString(f, text);
        return f;
    }

    private static String rich() throws IOException {
        try (InputStream in = PackagedJarIT.class.getResourceAsStream("rich-consultation.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void evaluatePrintsAReportWithoutADisplay() throws Exception {
        Run r = run("evaluate", fixture(rich()).toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"status\" : \"proceed_with_care\""), r.out());
    }

    @Test
    void anInvalidFileExitsTwo() throws Exception {
        Run r = run("evaluate", fixture(rich().replace("\"male\"", "\"mael\"")).toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("/patient/sex: "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void handoutWritesAPdfWithTheBundledFontAndNoNoiseOnStandardError() throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        Run r = run("handout", fixture(rich()).toString(), "--out", pdf.toString(), "--name", "José Martí");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                assertTrue(resources.getFont(name).getName().contains("DejaVuSans"), "the font comes from the jar");
            }
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("José Martí"));
        }
    }

    @Test
    void versionPrints() throws Exception {
        Run r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("B12 Consult 0."), r.out());
    }
}
