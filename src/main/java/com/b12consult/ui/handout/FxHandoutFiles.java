package com.b12consult.ui.handout;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file choosers. */
public final class FxHandoutFiles implements HandoutFiles {
    private final Supplier<Window> owner;

    public FxHandoutFiles(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseAssessmentFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open assessment file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Assessment files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePdfTarget(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save handout as PDF");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }
}
