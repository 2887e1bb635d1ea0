package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckPanels.button;
import static com.b12consult.ui.check.CheckPanels.card;

import com.b12consult.assessment.OnRecord;
import com.b12consult.domain.DoseOutcome;
import com.b12consult.ui.Fields;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The due doses and what became of them, each one that stands open to be marked entered in error. */
final class HistoryCard {
    private HistoryCard() {
    }

    static Node of(PreInjectionCheckViewModel model, FollowUpViewModel followUp) {
        VBox lines = new VBox(4);
        lines.setId("doseHistory");
        DoseCorrectionViewModel correction = followUp.correction();
        Runnable fill = () -> {
            lines.getChildren().clear();
            OnRecord r = model.recordProperty().get();
            if (r != null) {
                r.outcomes().forEach(o -> lines.getChildren().add(historyLine(o, correction)));
                if (r.outcomes().isEmpty()) {
                    lines.getChildren().add(Fields.hint("No checked dose on record yet."));
                }
            }
        };
        model.recordProperty().addListener((obs, was, now) -> {
            // read again after another room's save, a correction being written stays open with what it says
            if (!model.followingStore()) {
                correction.cancel();
            }
            fill.run();
        });
        fill.run();
        return card("Due doses and what became of them", lines, correctionForm(model, correction));
    }

    /** One outcome as recorded; one entered in error stays, crossed out, with its correction under it. */
    private static Node historyLine(DoseOutcome o, DoseCorrectionViewModel correction) {
        Label text = new Label(RecordSummary.outcome(o));
        text.setWrapText(true);
        text.setId("outcome-" + o.id());
        if (!o.stands()) {
            text.getStyleClass().add("entered-in-error");
            Label why = new Label(RecordSummary.correction(o));
            why.setWrapText(true);
            why.setId("outcome-" + o.id() + "-correction");
            why.getStyleClass().add("correction-note");
            return new VBox(2, text, why);
        }
        Button mark = new Button("Entered in error...");
        mark.setId("correct-" + o.id());
        mark.getStyleClass().add("link-button");
        mark.setAccessibleText("Mark this outcome entered in error: " + RecordSummary.outcome(o));
        mark.setMinWidth(Region.USE_PREF_SIZE);
        mark.setOnAction(e -> correction.start(o));
        mark.disableProperty().bind(correction.saving());
        HBox line = new HBox(12, text, mark);
        HBox.setHgrow(text, Priority.ALWAYS);
        return line;
    }

    private static Node correctionForm(PreInjectionCheckViewModel model, DoseCorrectionViewModel correction) {
        Label what = new Label();
        what.setWrapText(true);
        what.textProperty().bind(Bindings.createStringBinding(() -> correction.correctingProperty().get() == null ? ""
                : "Mark entered in error: " + RecordSummary.outcome(correction.correctingProperty().get())
                        + ". It stays on record, crossed out; a dose given in error no longer counts as a dose.",
                correction.correctingProperty()));
        TextField reason = new TextField();
        reason.setId("doseCorrectionReason");
        reason.setPromptText("why, e.g. recorded for the wrong patient");
        reason.textProperty().bindBidirectional(correction.reasonProperty());
        // saved off the screen's thread, the record read again with it: the buttons wait meanwhile, and say so
        Button save = button("saveDoseCorrection", "Mark entered in error", correction::save);
        save.disableProperty().bind(correction.saving());
        save.textProperty().bind(Bindings.when(correction.saving()).then("Saving…").otherwise("Mark entered in error"));
        Button cancel = button("cancelDoseCorrection", "Cancel", correction::cancel);
        cancel.disableProperty().bind(correction.saving());
        VBox form = new VBox(8, what, Fields.labelled("Reason", reason, correction.reasonMessage(), "doseCorrectionReasonError"),
                new HBox(8, save, cancel), Fields.status(correction.failure(), "doseCorrectionFailure", "error"));
        form.setId("doseCorrectionForm");
        form.visibleProperty().bind(correction.correctingProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        return new VBox(8, form, Fields.status(correction.outcome(), "doseCorrectionOutcome"));
    }
}
