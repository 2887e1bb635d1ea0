package com.b12consult.testing;

import com.b12consult.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another window of B12 Consult, idle, with the database open: a JVM of its own (the same java binary and
 * class path as the tests) that opens the file with {@link Database#open(Path)}, says "ready", and keeps it
 * open, doing nothing, until told to close (a line on its standard input) or killed.
 */
public final class WindowHoldingTheDatabase implements AutoCloseable {
    private final Process process;
    private final Path errors;
    private final BufferedReader output;

    private WindowHoldingTheDatabase(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the window and returns once it has the database open. */
    public static WindowHoldingTheDatabase open(Path database, Path errors) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), WindowHoldingTheDatabase.class.getName(),
                database.toString()));
        builder.redirectError(ProcessBuilder.Redirect.to(errors.toFile()));
        WindowHoldingTheDatabase window = new WindowHoldingTheDatabase(builder.start(), errors);
        String first = window.output.readLine();
        if (!"ready".equals(first)) {
            window.process.destroyForcibly();
            throw new IOException("the other window did not open " + database + " (said " + first + "): "
                    + Files.readString(errors));
        }
        return window;
    }

    /** Closes the database as the app does on exit, and waits for the window to end; returns its exit status. */
    public int closeDatabase() throws IOException, InterruptedException {
        OutputStream in = process.getOutputStream();
        in.write("close\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the other window did not close the database within 30 s");
        }
        return process.exitValue();
    }

    /** Ends the window as a crash or power cut would: the database is never closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    public String errorText() throws IOException {
        return Files.readString(errors);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready");
            System.out.flush();
            in.readLine();
        }
    }
}
