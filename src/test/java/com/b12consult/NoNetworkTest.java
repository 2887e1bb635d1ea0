package com.b12consult;

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
 * The app makes no network connection. A separate JVM installs a watch that records and refuses every socket
 * connect, bind and proxy lookup before the app's classes load (see {@link NetworkWatch}), then runs the
 * headless commands and a database opened, backed up and restored. The control run connects on purpose and
 * must be seen, so a watch that sees nothing cannot pass for a clean app.
 */
class NoNetworkTest {
    @TempDir
    Path dir;

    private String run(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                NetworkWatch.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out-" + args[0] + ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the watched JVM did not finish");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theWatchSeesEveryWayOfConnectingTriedOnPurpose() throws Exception {
        String out = run("control");
        assertTrue(out.contains("connect /127.0.0.1:9") || out.contains("connect 127.0.0.1"), out);
        assertTrue(out.contains("proxy lookup http://127.0.0.1:9/"), out);
        assertTrue(out.contains("bind"), out);
        assertTrue(!out.contains("attempts: 0"), out);
    }

    @Test
    void theCommandsAndTheDatabaseWorkWithoutAnyConnection() throws Exception {
        Path assessment = dir.resolve("assessment.json");
        try (InputStream in = NoNetworkTest.class.getResourceAsStream("cli/rich-consultation.json")) {
            Files.copy(in, assessment);
        }
        String out = run("work", dir.toString(), assessment.toString());
        assertTrue(out.contains("statuses: 0 0 0 0"), "the work itself must succeed:\n" + out);
        assertTrue(out.contains("attempts: 0"), out);
    }
}
