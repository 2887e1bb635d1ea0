package com.b12consult.ui.patients;

import com.b12consult.ui.Fields;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The export and delete buttons of the Patients screen, the delete's confirmation card, and their messages. */
final class PatientDataControls {
    private final PatientDataViewModel model;

    PatientDataControls(PatientDataViewModel model) {
        this.model = model;
    }

    Node buttons() {
        Button export = new Button("Export patient…");
        export.setId("exportPatient");
        export.setAccessibleText("Export everything held on the selected patient as a file");
        export.disableProperty().bind(model.canAct().not());
        export.setOnAction(e -> model.exportSelected());
        Button delete = new Button("Delete patient…");
        delete.setId("deletePatient");
        delete.setAccessibleText("Delete the selected patient and everything held on them");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(model.canAct().not());
        delete.setOnAction(e -> model.startDelete());
        HBox box = new HBox(export, delete);
        box.getStyleClass().add("patient-data-buttons");
        return box;
    }

    /** What the last export or delete did, or why it failed; under the header. */
    Node messages() {
        VBox box = new VBox(Fields.status(model.outcomeProperty(), "patientDataOutcome"),
                Fields.status(model.failureProperty(), "patientDataFailure", "error"));
        box.getStyleClass().add("patient-data-messages");
        box.managedProperty().bind(model.outcomeProperty().isNotEmpty().or(model.failureProperty().isNotEmpty()));
        return box;
    }

    /** The confirmation over the screen while a delete is being confirmed. */
    Node confirmation() {
        Label title = new Label();
        title.setId("deleteTitle");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.deletingProperty().get() == null ? ""
                        : "Delete " + model.deletingProperty().get().name() + "?", model.deletingProperty()));
        title.setWrapText(true);
        Label summary = new Label();
        summary.setId("deleteSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.deleteSummaryProperty());
        Label ask = new Label();
        ask.getStyleClass().add("field-label");
        ask.setWrapText(true);
        ask.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.deletingProperty().get() == null ? ""
                        : "To confirm, type the patient's identifier (" + model.deletingProperty().get().identifier() + "):",
                model.deletingProperty()));
        TextField typed = new TextField();
        typed.setId("deleteConfirmIdentifier");
        typed.setAccessibleText("Type the patient's identifier to confirm the delete");
        typed.setMaxWidth(220);
        typed.textProperty().bindBidirectional(model.typedIdentifierProperty());
        typed.setOnAction(e -> model.confirmDelete());
        Button confirm = new Button("Delete for good");
        confirm.setId("confirmDelete");
        confirm.setAccessibleText("Delete the patient for good");
        confirm.getStyleClass().add("danger");
        confirm.disableProperty().bind(model.identifierMatches().not().or(model.workingProperty()));
        confirm.setOnAction(e -> model.confirmDelete());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelDelete");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancelDelete());
        // while the delete runs: it is said under the screen's header, and cannot be taken back here
        cancel.disableProperty().bind(model.workingProperty());
        typed.disableProperty().bind(model.workingProperty());
        HBox buttons = new HBox(confirm, cancel);
        buttons.getStyleClass().add("form-buttons");
        VBox card = new VBox(title, summary, ask, typed, Fields.status(model.failureProperty(), "deleteFailure", "error"),
                buttons);
        card.getStyleClass().addAll("form-card", "delete-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane veil = new StackPane(card);
        StackPane.setAlignment(card, Pos.CENTER);
        veil.getStyleClass().add("delete-veil");
        veil.setId("deleteConfirmation");
        veil.visibleProperty().bind(model.deletingProperty().isNotNull());
        model.deletingProperty().addListener((obs, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(typed::requestFocus);
            }
        });
        return veil;
    }
}
