package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckPanels.card;

import com.b12consult.assessment.OnRecord;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The patient's name over the check, and the record at a glance: prescription, doses, reactions, alerts. */
final class RecordCard {
    private RecordCard() {
    }

    static Node header(PreInjectionCheckViewModel model) {
        Label name = new Label();
        name.setId("checkPatient");
        name.getStyleClass().add("screen-title");
        name.textProperty().bind(Bindings.createStringBinding(() -> model.recordProperty().get() == null ? ""
                : model.recordProperty().get().patient().name() + "  ·  "
                + model.recordProperty().get().patient().identifier(), model.recordProperty()));
        return name;
    }

    static Node of(PreInjectionCheckViewModel model) {
        VBox lines = new VBox(6);
        Runnable fill = () -> {
            lines.getChildren().clear();
            OnRecord r = model.recordProperty().get();
            if (r == null) {
                return;
            }
            for (RecordSummary.Line line : RecordSummary.of(r)) {
                Label caption = new Label(line.caption());
                caption.getStyleClass().add("field-label");
                caption.setMinWidth(130);
                Label text = new Label(line.text());
                text.setId(line.id());
                text.setWrapText(true);
                if (line.alert()) {
                    text.getStyleClass().add("record-alert");
                }
                lines.getChildren().add(new HBox(10, caption, text));
            }
        };
        model.recordProperty().addListener((obs, was, now) -> fill.run());
        fill.run();
        return card("On record", lines);
    }
}
