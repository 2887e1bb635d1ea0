package com.b12consult.ui.consult;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A line per draft on file, naming the patient and when, with Restore and Discard; hidden while none is. */
final class DraftOffersView {
    private DraftOffersView() {
    }

    static Node of(ConsultationViewModel model) {
        VBox box = new VBox(6);
        box.setId("draftOffers");
        box.getStyleClass().add("draft-offers");
        Runnable fill = () -> {
            box.getChildren().clear();
            int i = 0;
            for (DraftOffer offer : model.draftOffers()) {
                Label text = new Label(offer.describe() + ".");
                text.setWrapText(true);
                text.setId("draftOffer-" + i);
                Button restore = new Button("Restore");
                restore.setId("restoreDraft-" + i);
                restore.setAccessibleText("Restore the " + offer.describe());
                restore.getStyleClass().add("primary");
                restore.setOnAction(e -> model.restore(offer));
                Button discard = new Button("Discard");
                discard.setId("discardDraft-" + i);
                discard.setAccessibleText("Discard the " + offer.describe());
                discard.setOnAction(e -> model.discardDraft(offer));
                HBox line = new HBox(12, text, restore, discard);
                line.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(text, Priority.ALWAYS);
                box.getChildren().add(line);
                i++;
            }
        };
        model.draftOffers().addListener((ListChangeListener<DraftOffer>) c -> fill.run());
        fill.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(model.draftOffers()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
