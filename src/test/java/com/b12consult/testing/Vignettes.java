package com.b12consult.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's acceptance examples: the team's vignettes, copied into the test resources so that every clone
 * runs them, not only a checkout beside the shared folder. {@code VignetteCopyTest} keeps the copy identical to the
 * shared originals wherever those are present.
 */
public final class Vignettes {
    private static final String FOLDER = "/com/b12consult/vignettes/";

    private Vignettes() {
    }

    /** The folder of the project's copy (the README and one JSON file per vignette). */
    public static Path folder() {
        URL url = Vignettes.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the vignettes are missing from the test resources: " + FOLDER);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The vignette file {@code name}, e.g. "04-megaloblastic-thrombocytopenia.json". */
    public static Path file(String name) {
        Path file = folder().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no vignette " + name + " in " + folder());
        }
        return file;
    }

    /** Every vignette file, by name. */
    public static List<Path> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
