package com.b12consult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run for the installed app's class-data-sharing archive. The package's install step runs
 * it with {@code -XX:ArchiveClassesAtExit}, where no display may exist, so it cannot open the window;
 * instead it loads, without initialising, the classes that a real start loads (a list recorded under a
 * virtual display by installer/linux/record-startup-classes.sh). The JVM links and archives them at exit.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining CLASS-LIST-FILE");
            System.exit(64);
        }
        ClassLoader loader = StartupTraining.class.getClassLoader();
        int loaded = 0;
        int absent = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // A list recorded from an older build may name a class that is gone: it is only not archived.
                absent++;
            }
        }
        System.out.println("start-up classes loaded for the archive: " + loaded + " (not found: " + absent + ")");
    }
}
