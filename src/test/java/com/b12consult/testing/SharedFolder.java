package com.b12consult.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared folder (articles, spec, vignettes) sits beside the clone in CI but not in a user's
 * clone; tests that read it skip when it is absent.
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    public static Path require(String sub) {
        String base = System.getProperty("b12consult.shared", "../shared");
        Path p = Path.of(base).resolve(sub);
        assumeTrue(Files.isDirectory(p), "shared folder not present: " + p + " (expected in CI, absent in users' clones)");
        return p;
    }
}
