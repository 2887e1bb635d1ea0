package com.b12consult.ui;

import com.b12consult.domain.Finding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The rule module's question about a severe headache on record, as the check and the consultation show it:
 * the finding's title and why, and the one tick that answers it. Takes no room while not on offer.
 */
public final class SuddenOnsetBox {
    /** The rule that asks. */
    public static final String FINDING = "headache.ask-sudden-onset";
    /** The tick's words, the same in the check and in the consultation. */
    public static final String YES = "Yes \u2014 it came on suddenly, the worst headache ever";

    private SuddenOnsetBox() {
    }

    /** @param recordedAs what the tick records, in words: "a sudden severe headache today" */
    public static Node of(BooleanProperty yes, ReadOnlyBooleanProperty offered, ReadOnlyObjectProperty<Finding> finding,
                          String recordedAs) {
        Label title = new Label();
        title.getStyleClass().add("sudden-onset-title");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> finding.get() == null ? ""
                : finding.get().title(), finding));
        Label why = new Label();
        why.getStyleClass().add("finding-because");
        why.setWrapText(true);
        why.textProperty().bind(Bindings.createStringBinding(() -> finding.get() == null ? ""
                : "Because: " + String.join("; ", finding.get().because()), finding));
        CheckBox tick = new CheckBox(YES);
        tick.setId("ask-sudden-onset-yes");
        tick.setWrapText(true);
        tick.setAccessibleText("Did the severe headache on record come on suddenly, the worst headache ever?"
                + " Ticked means yes: " + recordedAs + ", a stroke sign.");
        tick.selectedProperty().bindBidirectional(yes);
        Label then = Fields.hint("Ticked, it is recorded as " + recordedAs + ": a stroke sign, urgent.");
        VBox box = new VBox(4, title, why, tick, then);
        box.setId("suddenOnsetAsk");
        box.getStyleClass().add("sudden-onset-ask");
        box.visibleProperty().bind(offered);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
