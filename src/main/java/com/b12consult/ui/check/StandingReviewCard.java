package com.b12consult.ui.check;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.ReviewOutcome;
import com.b12consult.domain.StandingDecision;
import com.b12consult.ui.Fields;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The standing HOLD or URGENT, shown above the dose while it stands: what was found, when, by whom, the signs
 * reported with it, and the form for the prescriber's review that alone can clear it. Hidden when none stands.
 */
final class StandingReviewCard {
    private StandingReviewCard() {
    }

    static Node of(PreInjectionCheckViewModel model) {
        Label title = new Label();
        title.setId("standingTitle");
        title.getStyleClass().addAll("section-title", "standing-title");
        title.setWrapText(true);
        Label detail = new Label();
        detail.setId("standingDetail");
        detail.setWrapText(true);

        TextField reviewer = new TextField();
        reviewer.setId("reviewer");
        reviewer.setPromptText("the prescriber's name");
        reviewer.setAccessibleText("Prescriber who reviewed it");
        reviewer.textProperty().bindBidirectional(model.reviewerProperty());
        ComboBox<ReviewOutcome> outcome = new ComboBox<>();
        outcome.setId("reviewOutcome");
        outcome.getItems().setAll(ReviewOutcome.values());
        outcome.setPromptText("what was decided");
        outcome.setAccessibleText("What the prescriber decided");
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReviewOutcome o) {
                return o == null ? "" : o.label();
            }

            @Override
            public ReviewOutcome fromString(String s) {
                return null;
            }
        });
        outcome.valueProperty().bindBidirectional(model.reviewOutcomeProperty());
        TextArea note = new TextArea();
        note.setId("reviewNote");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText("what the prescriber found and decided");
        note.setAccessibleText("Note of the review");
        note.textProperty().bindBidirectional(model.reviewNoteProperty());
        Button record = new Button("Record the prescriber's review");
        record.setId("recordReview");
        record.setAccessibleText("Record the prescriber's review");
        record.setOnAction(e -> model.recordReview());
        record.disableProperty().bind(model.saving());

        HBox who = new HBox(16, Fields.labelled("Reviewed by", reviewer, new javafx.beans.property.SimpleStringProperty(""),
                "reviewerError"), Fields.labelled("Decision", outcome, new javafx.beans.property.SimpleStringProperty(""),
                "reviewOutcomeError"));
        VBox box = new VBox(10, title, detail, who, Fields.labelled("Note", note, model.reviewMessage(), "reviewMessage"),
                record);
        box.setId("standingCard");
        box.getStyleClass().addAll("form-card", "check-card", "standing-card");
        Runnable show = () -> {
            OnRecord r = model.recordProperty().get();
            StandingDecision s = r == null ? null : r.standing().orElse(null);
            box.setVisible(s != null);
            box.setManaged(s != null);
            if (s != null) {
                title.setText(s.decision().label().toUpperCase(java.util.Locale.ROOT)
                        + " stands until a prescriber reviews it");
                String signs = s.symptoms().isEmpty() ? "" : "\nReported then: "
                        + s.symptoms().stream().map(CodeLabels::of).collect(Collectors.joining(", ")) + ".";
                detail.setText(StandingCheck.describe(s, model.clock().getZone()) + "." + signs);
                box.setAccessibleText(title.getText() + ". " + detail.getText());
            }
        };
        model.recordProperty().addListener((obs, was, now) -> show.run());
        show.run();
        return box;
    }
}
