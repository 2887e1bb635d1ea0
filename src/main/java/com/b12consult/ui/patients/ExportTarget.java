package com.b12consult.ui.patients;

import java.nio.file.Path;
import java.util.Optional;

/** Where to save a patient's export; the system's file chooser in the app, a fixed path in tests. */
@FunctionalInterface
public interface ExportTarget {
    /** The file to write; empty when the user cancels. */
    Optional<Path> choose(String suggestedName);
}
