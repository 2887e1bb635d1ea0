package com.b12consult.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's copy of the vignettes is the team's shared folder byte for byte: a vignette changed, added or
 * removed there fails here until the copy follows, so the two cannot drift apart unseen. Skipped where the shared
 * folder is absent (a user's clone), which then runs the copy alone.
 */
class VignetteCopyTest {
    @Test
    void theCopyIsTheSharedVignettesExactly() throws IOException {
        Path shared = SharedFolder.require("vignettes");
        Path copy = Vignettes.folder();
        assertEquals(names(shared), names(copy), "the same files in " + copy + " as in " + shared);
        for (String name : names(shared)) {
            assertArrayEquals(Files.readAllBytes(shared.resolve(name)), Files.readAllBytes(copy.resolve(name)),
                    name + " differs from the shared original: copy it again from " + shared);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
