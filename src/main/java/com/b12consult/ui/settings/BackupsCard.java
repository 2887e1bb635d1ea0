package com.b12consult.ui.settings;

import com.b12consult.ui.Fields;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Backups card of the Settings screen. */
final class BackupsCard {
    private final BackupsViewModel model;

    BackupsCard(BackupsViewModel model) {
        this.model = model;
    }

    /** On a clinic server: the backups are the server's job; no backup is taken here and no restore offered. */
    static Node onClinicServer() {
        Label heading = new Label("Backups");
        heading.getStyleClass().add("section-title");
        heading.setId("backupsHeading");
        Label note = new Label("The records are on the clinic server, and its backups are the server's job, not"
                + " this computer's: whoever runs the server backs up its database (with pg_dump, or the server's own"
                + " archive, as the clinic server's set-up guide, docs/clinic-server.md, describes). B12 Consult takes no backup here and"
                + " offers no restore.");
        note.setId("serverBackupsNote");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        VBox card = new VBox(heading, note);
        card.getStyleClass().addAll("form-card", "settings-card", "backups-card");
        return card;
    }

    Node build() {
        Label heading = new Label("Backups");
        heading.getStyleClass().add("section-title");
        heading.setId("backupsHeading");
        Label where = new Label("A backup is taken once a day and before every update, in " + model.folder() + ".");
        where.setId("backupFolder");
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        Label last = new Label();
        last.setId("lastBackup");
        last.textProperty().bind(model.lastBackupProperty());
        Label problem = Fields.status(model.problemProperty(), "backupProblem", "error");

        TextField keep = new TextField();
        keep.setId("backupKeep");
        keep.setPrefColumnCount(4);
        keep.setMaxWidth(90);
        keep.textProperty().bindBidirectional(model.keepProperty());
        keep.setOnAction(e -> model.saveKeep());
        // read off the screen's thread: the field waits for the stored count
        keep.disableProperty().bind(model.keepReadProperty().not());
        Button saveKeep = new Button("Save");
        saveKeep.setId("saveBackupKeep");
        saveKeep.setAccessibleText("Save how many backups to keep");
        saveKeep.setOnAction(e -> model.saveKeep());
        saveKeep.disableProperty().bind(model.keepReadProperty().not().or(model.savingKeepProperty()));
        HBox keepRow = new HBox(keep, saveKeep);
        keepRow.getStyleClass().add("backup-keep-row");
        keepRow.setAlignment(Pos.CENTER_LEFT);
        Label keepLabel = new Label("Backups to keep");
        keepLabel.getStyleClass().add("field-label");
        keepLabel.setLabelFor(keep);
        keep.setAccessibleText("Backups to keep, 1 to 365");
        VBox keepField = new VBox(keepLabel, keepRow, Fields.message(keep, model.keepMessage(), "backupKeepError"),
                Fields.hint("A whole number from 1 to 365. Older backups are removed when a new one is taken."));
        keepField.getStyleClass().add("field");

        ListView<BackupsViewModel.BackupItem> list = new ListView<>(model.backups());
        list.setId("backupList");
        list.setAccessibleText("Backups, newest first");
        list.setPrefHeight(120);
        Label empty = new Label("No backups yet.");
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button now = new Button("Back up now");
        now.setId("backUpNow");
        now.getStyleClass().add("primary");
        now.setOnAction(e -> model.backUpNow());
        now.disableProperty().bind(model.backingUpProperty());
        Button restore = new Button("Restore a backup…");
        restore.setId("restoreSelectedBackup");
        restore.setAccessibleText("Restore the backup selected in the list");
        restore.disableProperty().bind(model.selectedProperty().isNull().or(model.backingUpProperty()));
        restore.setOnAction(e -> model.startRestore());
        HBox buttons = new HBox(now, restore);
        buttons.getStyleClass().add("form-buttons");

        Label confirmText = new Label();
        confirmText.setId("restoreConfirmation");
        confirmText.setWrapText(true);
        confirmText.textProperty().bind(Bindings.createStringBinding(model::confirmationText, model.confirmingProperty()));
        Button confirm = new Button("Restore and reopen");
        confirm.setId("confirmRestore");
        confirm.getStyleClass().add("primary");
        confirm.setOnAction(e -> model.confirmRestore());
        confirm.disableProperty().bind(model.backingUpProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelRestore");
        cancel.setOnAction(e -> model.cancelRestore());
        VBox confirmBox = new VBox(confirmText, new HBox(10, confirm, cancel));
        confirmBox.getStyleClass().add("restore-confirm");
        confirmBox.visibleProperty().bind(model.confirmingProperty().isNotNull());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());

        Label busy = Fields.status(Bindings.when(model.backingUpProperty()).then("Backing up\u2026")
                .otherwise(Bindings.when(model.loadingProperty()).then("Reading the backups\u2026").otherwise("")),
                "backupsBusy", "muted");
        VBox card = new VBox(heading, where, last, problem, keepField, list, busy, buttons, confirmBox,
                Fields.status(model.outcomeProperty(), "backupOutcome"));
        card.getStyleClass().addAll("form-card", "settings-card", "backups-card");
        return card;
    }
}
