package com.b12consult.ui.check;

import static com.b12consult.ui.check.CheckPanels.button;
import static com.b12consult.ui.check.CheckPanels.caption;
import static com.b12consult.ui.check.CheckPanels.card;
import static com.b12consult.ui.check.CheckPanels.combo;
import static com.b12consult.ui.check.CheckPanels.field;

import com.b12consult.domain.CodeLabels;
import com.b12consult.domain.HeadacheType;
import com.b12consult.domain.RecordedInjection;
import com.b12consult.domain.SymptomCode;
import com.b12consult.ui.Fields;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Reactions and headaches the patient reports after a dose, recorded against the dose they followed. */
final class FollowUpCard {
    private FollowUpCard() {
    }

    static Node of(PreInjectionCheckViewModel model, FollowUpViewModel followUp) {
        ComboBox<RecordedInjection> dose = new ComboBox<>();
        dose.setId("followUpDose");
        dose.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecordedInjection r) {
                return r == null ? "" : RecordSummary.dose(r.injection());
            }

            @Override
            public RecordedInjection fromString(String s) {
                return null;
            }
        });
        dose.valueProperty().bindBidirectional(followUp.doseProperty());
        model.recordProperty().addListener((obs, was, now) -> {
            dose.getItems().setAll(now == null ? java.util.List.of() : now.injections());
            // read again after another room's save, the dose the nurse chose stays chosen
            if (!model.followingStore() || followUp.doseProperty().get() == null) {
                followUp.doseProperty().set(now == null ? null : now.lastDose().orElse(null));
            }
        });
        FlowPane reactions = new FlowPane(12, 4);
        for (SymptomCode c : TodayQuestion.REACTIONS.signs()) {
            CheckBox b = new CheckBox(CodeLabels.of(c));
            b.setId("later-" + c.code());
            b.selectedProperty().bindBidirectional(followUp.reactionProperty(c));
            reactions.getChildren().add(b);
        }
        // saved off the screen's thread, the record read again with it: the buttons wait meanwhile
        Button saveReactions = button("recordLaterReactions", "Record reactions", followUp::recordReactions);
        saveReactions.disableProperty().bind(followUp.saving());
        TextField onset = field("headacheOnset", "YYYY-MM-DD HH:MM", followUp.headacheOnsetProperty());
        TextField severity = field("headacheSeverity", "0 to 10", followUp.headacheSeverityProperty());
        ComboBox<HeadacheType> type = combo("headacheType", HeadacheType.values(), followUp.headacheTypeProperty());
        Button saveHeadache = button("recordLaterHeadache", "Record headache", followUp::recordHeadache);
        saveHeadache.disableProperty().bind(followUp.saving());
        Label savingNote = Fields.status(Bindings.when(followUp.saving()).then("Saving…").otherwise(""),
                "followUpSaving", "muted");
        HBox headache = new HBox(12, Fields.labelled("Headache began", onset, null, null),
                Fields.labelled("Severity", severity, null, null), Fields.labelled("Type", type, null, null));
        VBox box = new VBox(10, Fields.labelled("The dose it followed", dose, null, null), caption("Reactions"),
                reactions, saveReactions, headache, saveHeadache,
                savingNote, Fields.status(followUp.failure(), "followUpFailure", "error"),
                Fields.status(followUp.message(), "followUpMessage"));
        Node card = card("After a dose: reported later", box);
        card.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.recordProperty().get() != null
                && model.recordProperty().get().lastDose().isPresent(), model.recordProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }
}
