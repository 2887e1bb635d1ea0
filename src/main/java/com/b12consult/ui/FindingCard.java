package com.b12consult.ui;

import com.b12consult.domain.Finding;
import com.b12consult.domain.FindingKind;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One finding as every screen shows it, the pre-injection check and the consultation alike: what kind and how
 * severe, its title, what it says, why it fired and its source, in the colour of its severity (findings.css).
 * One card, so that a nurse and a prescriber read the same finding in the same words.
 */
public final class FindingCard {
    private FindingCard() {
    }

    /** An id for a finding's controls: finding ids hold dots, which a CSS id selector cannot. */
    public static String idOf(String prefix, Finding f) {
        return prefix + "-" + f.id().replace('.', '-');
    }

    /** The card, with the id {@code finding-<id>}; a screen adds its tick or answer beneath. */
    public static VBox of(Finding f) {
        Label title = new Label(kindWord(f) + "  \u00b7  " + f.severity().code().toUpperCase() + "  \u00b7  " + f.title());
        title.getStyleClass().addAll("finding-title", "severity-" + f.severity().code());
        title.setWrapText(true);
        Label text = new Label(f.text());
        text.getStyleClass().add("finding-text");
        text.setWrapText(true);
        Label because = new Label("Because: " + String.join("; ", f.because()));
        because.getStyleClass().add("finding-because");
        because.setWrapText(true);
        because.setVisible(!f.because().isEmpty());
        because.setManaged(!f.because().isEmpty());
        Label source = new Label("Source: " + f.source().display());
        source.getStyleClass().add("finding-source");
        source.setWrapText(true);
        VBox box = new VBox(4, title, text, because, source);
        box.getStyleClass().addAll("finding", "finding-" + f.kind().code(), "finding-severity-" + f.severity().code());
        box.setId(idOf("finding", f));
        box.setAccessibleText(title.getText() + ". " + f.text());
        return box;
    }

    /** An alert asks for an answer, a checklist item for a tick, a caveat for nothing: said first, in one word. */
    private static String kindWord(Finding f) {
        return f.kind() == FindingKind.ALERT ? "ALERT" : f.kind() == FindingKind.CHECKLIST ? "TO DO" : "NOTE";
    }
}
