package com.b12consult.ui.handout;

import java.nio.file.Path;
import java.util.Optional;

/** The file choosers the handout screen needs; a fake stands in for tests. */
public interface HandoutFiles {
    /** An assessment file to open; empty when the user cancels. */
    Optional<Path> chooseAssessmentFile();

    /** Where to save the handout as PDF; empty when the user cancels. */
    Optional<Path> choosePdfTarget(String suggestedName);
}
