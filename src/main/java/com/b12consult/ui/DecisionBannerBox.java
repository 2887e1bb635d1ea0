package com.b12consult.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The decision banner as the check and the consultation both show it: the headline, what to do, and why, in the
 * colour of the decision. One box, so the nurse and the clinician read a decision the same way.
 */
public final class DecisionBannerBox {
    private DecisionBannerBox() {
    }

    /**
     * A box that follows {@code banner}; {@code spacing} between its lines and {@code styleClasses} added to
     * {@code decision-banner} are the only things a screen chooses.
     */
    public static VBox of(ObservableValue<DecisionBanner> banner, double spacing, String... styleClasses) {
        Label headline = label("bannerHeadline", "banner-headline");
        Label instruction = label("bannerInstruction", "banner-instruction");
        Label reasons = label("bannerReasons", "banner-reasons");
        reasons.visibleProperty().bind(reasons.textProperty().isNotEmpty());
        reasons.managedProperty().bind(reasons.visibleProperty());
        VBox box = new VBox(spacing, headline, instruction, reasons);
        box.setId("decisionBanner");
        box.getStyleClass().add("decision-banner");
        box.getStyleClass().addAll(styleClasses);
        box.setAlignment(Pos.CENTER_LEFT);
        Runnable show = () -> {
            DecisionBanner b = banner.getValue();
            headline.setText(b.headline());
            instruction.setText(b.instruction());
            reasons.setText(b.reasons());
            box.getStyleClass().removeIf(c -> c.startsWith("banner-"));
            box.getStyleClass().add(b.styleClass());
            box.setAccessibleText(b.headline() + ". " + b.instruction() + " " + b.reasons());
        };
        banner.addListener((obs, was, now) -> show.run());
        show.run();
        return box;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }
}
