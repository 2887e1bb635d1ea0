package com.b12consult.ui.patients;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file chooser, asking where a patient's export is saved. */
public final class FxExportTarget implements ExportTarget {
    private final Supplier<Window> owner;

    public FxExportTarget(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export patient");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON (*.json)", "*.json"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }
}
